using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;

namespace InterviewBot.Zoom.Rtms;

/// <summary>
/// One socket's receive buffer, rented once and reused for every message (grown when a message is bigger): the
/// media socket's 20 ms audio messages are read without an array or a stream per message. Owned by one loop.
/// </summary>
internal sealed class RtmsReceiveBuffer : IDisposable
{
    /// <summary>No RTMS message is near this; a bigger one is a broken stream, not audio.</summary>
    private const int MaxMessageBytes = 1 << 20;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;

    /// <summary>The last message received, valid until the next receive.</summary>
    public ReadOnlyMemory<byte> Message => _buffer.AsMemory(0, _length);

    /// <summary>Reads one whole message into the buffer; false when the socket closed.</summary>
    // Pooled so that awaiting the socket, which nearly always waits, does not box a state machine per message.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        _length = 0;
        while (true)
        {
            if (_length == _buffer.Length) Grow();
            var result = await socket.ReceiveAsync(_buffer.AsMemory(_length), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close) return false;
            _length += result.Count;
            if (_length > MaxMessageBytes) throw new WebSocketException("an RTMS message over 1 MB");
            if (result.EndOfMessage) return true;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    private void Grow()
    {
        var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
