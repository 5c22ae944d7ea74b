using System.Threading.Channels;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Sessions;

/// <summary>
/// The single consumer of one session: adapters post events, the runner journals each one before
/// applying it, then journals and delivers any nudge it raised. Posting waits when the inbox is full,
/// so a slow journal or sink slows its producers instead of growing memory.
/// </summary>
public sealed class SessionRunner
{
    private readonly Channel<SessionEvent> _inbox;
    private readonly InterviewSession _session;
    private readonly ISessionJournal _journal;
    private readonly IReadOnlyList<INudgeSink> _sinks;
    private readonly IReadOnlyList<ISessionObserver> _observers;
    private readonly List<string> _rejections = [];
    private readonly string _sessionId;

    public SessionRunner(InterviewSession session, string sessionId, ISessionJournal journal, IReadOnlyList<INudgeSink> sinks, int capacity = 1024,
        IReadOnlyList<ISessionObserver>? observers = null)
    {
        _observers = observers ?? [];
        _session = session;
        _sessionId = sessionId;
        _journal = journal;
        _sinks = sinks;
        _inbox = Channel.CreateBounded<SessionEvent>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public ISessionView Session => _session;

    /// <summary>Events the session refused (for example after it ended), with why.</summary>
    public IReadOnlyList<string> Rejections => _rejections;

    public ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken) =>
        _inbox.Writer.WriteAsync(e, cancellationToken);

    /// <summary>No more events will be posted; <see cref="RunAsync"/> finishes once the inbox is drained.</summary>
    public void Complete() => _inbox.Writer.TryComplete();

    /// <summary>Consumes events in order until the inbox is completed and drained.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        CoachTelemetry.ActiveSessions.Add(1);
        try
        {
            await ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A dead consumer must not leave producers waiting on a full inbox forever: they fail with the cause.
            _inbox.Writer.TryComplete(ex);
            throw;
        }
        finally
        {
            CoachTelemetry.ActiveSessions.Add(-1);
        }
    }

    private async Task ConsumeAsync(CancellationToken cancellationToken)
    {
        await foreach (var e in _inbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await _journal.AppendAsync(_sessionId, e, cancellationToken).ConfigureAwait(false);
            var step = _session.Apply(e);
            if (step.IsRejected)
            {
                _rejections.Add($"{e.At:hh\\:mm\\:ss\\.fff}: {step.Rejection}");
                continue;
            }
            if (step.Nudge is { } nudge)
            {
                CoachTelemetry.Nudges.Add(1, new KeyValuePair<string, object?>("nudge", nudge.Kind));
                await _journal.AppendAsync(_sessionId, new NudgeRaised(nudge.At, nudge), cancellationToken).ConfigureAwait(false);
                foreach (var sink in _sinks)
                    await sink.DeliverAsync(_sessionId, nudge, cancellationToken).ConfigureAwait(false);
            }
            foreach (var observer in _observers)
                await observer.OnAppliedAsync(_sessionId, e, _session, cancellationToken).ConfigureAwait(false);
        }
    }
}
