using System.Collections.Concurrent;
using System.Collections.Frozen;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Media.Live;

/// <summary>
/// Where each live session's nudges and status go — the channel's own sinks (a Teams card, Zoom Team Chat), their
/// observers (a status card), and the socket feed media clients subscribe to — kept apart from the session object.
/// Sinks are built from descriptors through the table of <see cref="ISinkFactory"/> by kind, at the start and again
/// on any server that takes the session up from its journal, which holds the descriptors (<see cref="SinkAttached"/>)
/// and what the sinks posted (<see cref="SinkPosted"/>).
/// </summary>
public sealed class SessionSinks
{
    private readonly ConcurrentDictionary<string, Attached> _bySession = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, ISinkFactory> _factories;
    private readonly ILogger<SessionSinks> _logger;

    /// <param name="factories">One per sink kind (a second factory for a kind is a wiring error, refused here).</param>
    /// <param name="logger">Where sinks that cannot be built are reported.</param>
    public SessionSinks(IEnumerable<ISinkFactory> factories, ILogger<SessionSinks> logger)
    {
        ArgumentNullException.ThrowIfNull(factories);
        _factories = factories.ToFrozenDictionary(f => f.Kind, StringComparer.Ordinal);
        _logger = logger;
    }

    /// <summary>The sink kinds this server can build.</summary>
    public IReadOnlyCollection<string> Kinds => _factories.Keys;

    /// <summary>Builds and registers the sinks of a session starting here (with a new socket feed).</summary>
    public async Task<Attached> AttachAsync(string sessionId, IReadOnlyList<SinkDescriptor> descriptors, ISessionJournal journal, ILiveSession session,
        CancellationToken cancellationToken) =>
        _bySession[sessionId] = await BuildAsync(sessionId, descriptors, [], journal, session, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The sinks of a session taken up here: the ones this process registered for it, else those its journal describes,
    /// rebuilt with what they posted before (a session started on another server, or before a restart).
    /// </summary>
    public async Task<Attached> ForResumedAsync(string sessionId, IReadOnlyList<SessionEvent> journaled, ISessionJournal journal, ILiveSession session,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journaled);
        if (_bySession.TryGetValue(sessionId, out var known)) return known;
        var descriptors = journaled.OfType<SinkAttached>().Select(a => a.Sink).ToArray();
        return _bySession[sessionId] = await BuildAsync(sessionId, descriptors, journaled, journal, session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets a session's sinks (it ended).</summary>
    public void Release(string sessionId) => _bySession.TryRemove(sessionId, out _);

    private async Task<Attached> BuildAsync(string sessionId, IReadOnlyList<SinkDescriptor> descriptors, IReadOnlyList<SessionEvent> journaled,
        ISessionJournal journal, ILiveSession session, CancellationToken cancellationToken)
    {
        var resumed = journaled.Count > 0;
        var sinks = new List<INudgeSink>();
        var observers = new List<ISessionObserver>();
        foreach (var descriptor in descriptors)
        {
            if (!_factories.TryGetValue(descriptor.Kind, out var factory))
            {
                _logger.SinkNotBuilt(sessionId, descriptor.Kind, descriptor.Version, "no factory for this kind on this server");
                continue;
            }
            var notes = new SinkNotes(journal, sessionId, descriptor.Kind, SinkNotes.Read(journaled, descriptor.Kind));
            try
            {
                if (await factory.BuildAsync(descriptor, new SinkContext(sessionId, notes, session, resumed), cancellationToken).ConfigureAwait(false) is not { } built)
                {
                    _logger.SinkNotBuilt(sessionId, descriptor.Kind, descriptor.Version, "a version or setting this server cannot read");
                    continue;
                }
                sinks.Add(built.Sink);
                observers.AddRange(built.Observers);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One sink that cannot be built must not cost the session its coaching elsewhere (the socket feed, other sinks).
                _logger.SinkNotBuilt(sessionId, descriptor.Kind, descriptor.Version, ex.Message);
            }
        }
        return new Attached(new NudgeFeed(), sinks, observers, descriptors);
    }

    /// <summary>One session's sinks: the socket feed, the channel's sinks, their observers, and the descriptors they were built from.</summary>
    public sealed record Attached(NudgeFeed Feed, IReadOnlyList<INudgeSink> Channel, IReadOnlyList<ISessionObserver> Observers, IReadOnlyList<SinkDescriptor> Descriptors)
    {
        /// <summary>Every nudge sink: the socket feed first, then the channel's.</summary>
        public IReadOnlyList<INudgeSink> All => [Feed, .. Channel];
    }
}
