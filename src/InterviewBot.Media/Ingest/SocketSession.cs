using System.Buffers;
using System.Runtime.CompilerServices;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using InterviewBot.Core.Coaching;
using InterviewBot.Media.Live;

namespace InterviewBot.Media.Ingest;

/// <summary>
/// The plumbing every media socket shares: whole messages in (up to a size limit), one writer out (server
/// messages and the session's nudges, so sends never overlap), and a close with a clear reason.
/// </summary>
internal sealed class SocketSession(WebSocket socket, int maxMessageBytes) : IAsyncDisposable
{
    private readonly Channel<ServerMessage> _outbox = Channel.CreateBounded<ServerMessage>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(maxMessageBytes + 1);
    private Task? _sending;
    private Action? _unsubscribe;

    /// <summary>Starts sending: queued server messages and, from <paramref name="feed"/>, every nudge as it is raised.</summary>
    public void Start(NudgeFeed? feed, CancellationToken cancellationToken)
    {
        if (feed is not null)
        {
            var nudges = feed.Subscribe(out _unsubscribe);
            _ = Task.Run(async () =>
            {
                await foreach (var n in nudges.ReadAllAsync(cancellationToken).ConfigureAwait(false)) Send(ToMessage(n));
            }, cancellationToken);
        }
        _sending = Task.Run(async () =>
        {
            try
            {
                await foreach (var message in _outbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (socket.State != WebSocketState.Open) break;
                    var bytes = JsonSerializer.SerializeToUtf8Bytes(message, MediaJsonContext.Default.ServerMessage);
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The client went away; the session lives on for a resumed connection.
            }
        }, cancellationToken);
    }

    public void Send(ServerMessage message) => _outbox.Writer.TryWrite(message);

    /// <summary>The next whole message, or null when the client closed; a message over the limit throws <see cref="MessageTooBigException"/>.</summary>
    /// <remarks>Pooled: a receive that waits for the network (nearly every one) allocates no task.</remarks>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<(WebSocketMessageType Type, ReadOnlyMemory<byte> Data)?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length > maxMessageBytes) throw new MessageTooBigException(maxMessageBytes);
            var result = await socket.ReceiveAsync(_buffer.AsMemory(length, Math.Min(_buffer.Length - length, maxMessageBytes + 1 - length)), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            length += result.Count;
            if (result.EndOfMessage)
            {
                if (length > maxMessageBytes) throw new MessageTooBigException(maxMessageBytes);
                return (result.MessageType, _buffer.AsMemory(0, length));
            }
        }
    }

    /// <summary>
    /// Hands over the buffer the last message is in (someone still reads it; they return it to the pool) and receives
    /// into a fresh one from now on.
    /// </summary>
    public byte[] LetGoOfBuffer()
    {
        var inUse = _buffer;
        _buffer = ArrayPool<byte>.Shared.Rent(maxMessageBytes + 1);
        return inUse;
    }

    /// <summary>Says why (as an error message and in the close frame), then closes.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        if (status != WebSocketCloseStatus.NormalClosure) Send(new ServerMessage("error") { Message = reason });
        _outbox.Writer.TryComplete();
        if (_sending is not null) await _sending.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // A close reason is at most 123 bytes of UTF-8.
            var text = reason.Length > 100 ? reason[..100] : reason;
            while (Encoding.UTF8.GetByteCount(text) > 123) text = text[..^1];
            await socket.CloseAsync(status, text, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A new card is a <c>nudge</c>; a repeat inside the same-kind window is an <c>update</c> naming the card it replaces in place.</summary>
    internal static ServerMessage ToMessage(Nudge n) => new(n.IsUpdate ? "update" : "nudge")
    {
        Nudge = n.Kind, Time = Math.Round(n.At.TotalSeconds, 3), Quote = n.Quote.Length == 0 ? null : n.Quote, Message = n.Message, Suggestion = n.Suggestion,
        Id = n.Id, Updates = n.Updates, Count = n.IsUpdate ? n.Count : null,
    };

    public async ValueTask DisposeAsync()
    {
        _unsubscribe?.Invoke();
        _outbox.Writer.TryComplete();
        if (_sending is not null)
        {
            try
            {
                await _sending.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Cancelled with the request.
            }
        }
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}

/// <summary>A client sent a message larger than the server accepts.</summary>
internal sealed class MessageTooBigException(int limit) : Exception($"a message is at most {limit} bytes")
{
    public int Limit { get; } = limit;
}
