using System.Collections.Concurrent;
using System.Threading.Channels;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;

namespace InterviewBot.Media.Live;

/// <summary>
/// A session's nudges for whoever is connected to it (the ingest socket sends them back to its client). A slow or
/// gone subscriber loses its oldest nudges, never slows the session.
/// </summary>
public sealed class NudgeFeed : INudgeSink
{
    private readonly ConcurrentDictionary<Channel<Nudge>, byte> _subscribers = new();

    public ChannelReader<Nudge> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateBounded<Nudge>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _subscribers[channel] = 0;
        unsubscribe = () =>
        {
            _subscribers.TryRemove(channel, out _);
            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        foreach (var subscriber in _subscribers.Keys) subscriber.Writer.TryWrite(nudge);
        return ValueTask.CompletedTask;
    }
}
