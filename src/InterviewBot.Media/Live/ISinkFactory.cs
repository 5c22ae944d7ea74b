using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// Builds one kind of nudge sink from its <see cref="SinkDescriptor"/>: when a session starts with it, and again on
/// whichever server takes the session up from its journal. Channel adapters (Teams, Zoom) register one each.
/// </summary>
public interface ISinkFactory
{
    /// <summary>The descriptor kind this factory reads (<see cref="SinkDescriptor.Kind"/>).</summary>
    string Kind { get; }

    /// <summary>The sink and its observers; null when the descriptor's version (or a setting it needs) is one this server cannot read.</summary>
    ValueTask<BuiltSink?> BuildAsync(SinkDescriptor descriptor, SinkContext context, CancellationToken cancellationToken);
}

/// <summary>What a factory built: the nudge sink and the live views that go with it (a status card).</summary>
public sealed record BuiltSink(INudgeSink Sink, IReadOnlyList<ISessionObserver> Observers);

/// <summary>
/// The session a sink is built for: its id, the sink's notes (what it posted, recalled from the journal on resume),
/// the session as a channel adapter drives it, and whether it was taken up from its journal rather than started here.
/// </summary>
public sealed record SinkContext(string SessionId, SinkNotes Notes, ILiveSession Session, bool Resumed);
