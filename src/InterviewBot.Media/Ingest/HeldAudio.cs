using System.Buffers;
using InterviewBot.Core.Audio;
using InterviewBot.Media.Live;

namespace InterviewBot.Media.Ingest;

/// <summary>
/// Back-pressure for one ingest connection. While the session keeps up, frames go straight from the receive buffer
/// to the session and nothing is held. When the session falls behind (a call to it does not finish at once: its
/// runner's inbox is full), the connection keeps reading and holds what arrives — copied to pooled buffers, in order —
/// while a feeder hands it on; past the bound (<c>Media:HeldAudio</c>) the oldest held audio is dropped and counted,
/// so a slow consumer neither grows memory nor stalls the sender.
/// </summary>
internal sealed class HeldAudio(LiveAudioSession session, long maxSamples, MediaMetrics? metrics, CancellationToken cancellationToken)
{
    private readonly Queue<Packet> _held = new();
    private long _heldSamples;
    private Task _feeding = Task.CompletedTask;
    private bool _feederRunning;

    /// <summary>True while audio is held: new frames must queue behind it to stay in order.</summary>
    public bool Holding
    {
        get
        {
            lock (_held) return _feederRunning;
        }
    }

    /// <summary>The session refused audio (it ended) while held audio was fed.</summary>
    public bool SessionEnded { get; private set; }

    /// <summary>Samples dropped on this connection because the session fell behind by more than the bound.</summary>
    public long DroppedSamples { get; private set; }

    /// <summary>
    /// The session fell behind on a call still under way (it may still read <paramref name="inUse"/>, a receive buffer
    /// the connection has let go of): the feeder waits for it, returns the buffer to the pool, then feeds what is held.
    /// </summary>
    public void Begin(Task<bool> pending, byte[] inUse)
    {
        lock (_held)
        {
            _feederRunning = true;
            _feeding = FeedAsync(pending, inUse);
        }
    }

    /// <summary>Copies a frame behind the held ones, dropping the oldest past the bound.</summary>
    public void Hold(string participantId, TimeSpan mediaTime, ReadOnlySpan<byte> pcm)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(pcm.Length);
        pcm.CopyTo(buffer);
        lock (_held)
        {
            _held.Enqueue(new Packet(participantId, mediaTime, buffer, pcm.Length));
            _heldSamples += pcm.Length / 2;
            while (_heldSamples > maxSamples && _held.Count > 1)
            {
                var oldest = _held.Dequeue();
                var samples = oldest.Length / 2;
                _heldSamples -= samples;
                DroppedSamples += samples;
                metrics?.Dropped(samples);
                ArrayPool<byte>.Shared.Return(oldest.Buffer);
            }
        }
    }

    /// <summary>Waits until everything held has been fed (before a control message, so it stays in order with the audio).</summary>
    public Task FedAsync()
    {
        lock (_held) return _feeding;
    }

    private async Task FeedAsync(Task<bool> pending, byte[] inUse)
    {
        try
        {
            try
            {
                if (!await pending.ConfigureAwait(false)) SessionEnded = true;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(inUse);
            }
            while (Next() is { } next)
            {
                try
                {
                    if (!await session.AcceptPcm16Async(next.ParticipantId, next.MediaTime, next.Buffer.AsMemory(0, next.Length), cancellationToken).ConfigureAwait(false))
                        SessionEnded = true;
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(next.Buffer);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The session failed (its journal refused it) or the connection was cancelled: the connection ends on it.
            SessionEnded = true;
            lock (_held)
            {
                Release();
                _feederRunning = false;
            }
        }
    }

    /// <summary>The next held frame; null (and the feeder stops) when none is left or the session is over.</summary>
    private Packet? Next()
    {
        lock (_held)
        {
            if (SessionEnded) Release();
            if (_held.TryDequeue(out var next))
            {
                _heldSamples -= next.Length / 2;
                return next;
            }
            _feederRunning = false;
            return null;
        }
    }

    /// <summary>Returns every held buffer to the pool (the session is over or the connection closed).</summary>
    private void Release()
    {
        while (_held.TryDequeue(out var packet)) ArrayPool<byte>.Shared.Return(packet.Buffer);
        _heldSamples = 0;
    }

    /// <summary>The bound in samples for a length of audio.</summary>
    public static long SamplesFor(TimeSpan heldAudio) => (long)(heldAudio.TotalSeconds * AudioFrame.SampleRate);

    private readonly record struct Packet(string ParticipantId, TimeSpan MediaTime, byte[] Buffer, int Length);
}
