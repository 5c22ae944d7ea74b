using InterviewBot.Core.Coaching.Policy;
using System.Collections.Concurrent;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Media.Live;

/// <summary>
/// The session host: the live audio sessions of this server, whichever door they came through. It makes their ids
/// (<see cref="SessionIds"/>), keeps each one's sinks (<see cref="SessionSinks"/>), finds them by id — or takes one up
/// from the session directory when a client reconnects after the session was lost (this process's copy failed, or
/// another process had it), with the same sinks re-attached — and ends them on request or when no media has arrived
/// for the idle timeout, handing them to the directory for their post-call, once.
/// </summary>
public sealed class MediaSessions(ISessionDirectory directory, SessionSinks sinks, IOptions<MediaOptions> options, MediaTokens tokens, TimeProvider time,
    ILogger<MediaSessions> logger, ISpeechRecognizer? recognizer = null, MediaMetrics? metrics = null, IOptions<NudgePolicyOptions>? policy = null) : IDisposable
{
    private readonly ConcurrentDictionary<string, (LiveAudioSession Session, NudgeFeed Feed)> _live = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _resuming = new(1, 1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _startedAt = new(StringComparer.Ordinal);

    public int Count => _live.Count;

    /// <summary>Starts a session for the given people; the token lets a media client (or a gateway) stream into it.</summary>
    /// <param name="setup">What the interview is for.</param>
    /// <param name="participants">Who is known at the start (more may join).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="sinkDescriptors">
    /// Where nudges go besides the connected media clients (a Teams chat, Zoom Team Chat), built through the sink
    /// factories and journaled, so any server taking the session up builds them again.
    /// </param>
    public async Task<CreatedMediaSession> CreateAsync(SessionSetup setup, IReadOnlyList<Participant> participants, CancellationToken cancellationToken,
        IReadOnlyList<SinkDescriptor>? sinkDescriptors = null)
    {
        var id = SessionIds.New(time);
        var attached = await sinks.AttachAsync(id, sinkDescriptors ?? [], directory.Journal, new AudioSessionHandle(id, this), cancellationToken).ConfigureAwait(false);
        var session = await LiveAudioSession.StartAsync(id, setup, participants, directory.Journal, attached.All,
            recognizer, options.Value.RecognitionBacklog, time, cancellationToken, metrics, attached.Observers, policy?.Value).ConfigureAwait(false);
        _live[id] = (session, attached.Feed);
        _startedAt[id] = time.GetUtcNow();
        foreach (var descriptor in attached.Descriptors)
            await session.PostControlAsync(at => new SinkAttached(at, descriptor), cancellationToken).ConfigureAwait(false);
        var (token, expires) = tokens.Issue(id);
        logger.MediaSessionStarted(id);
        return new CreatedMediaSession(id, token, expires);
    }

    public (LiveAudioSession Session, NudgeFeed Feed)? Find(string sessionId) => _live.TryGetValue(sessionId, out var live) ? live : null;

    /// <summary>
    /// The live session with this id, or the open session the directory holds taken up here (its copy here failed,
    /// after a restart, or from another node); null when there is no such open session. A resumed session keeps the
    /// sinks registered for it in this process; one started elsewhere gets the sinks its journal describes rebuilt here
    /// (the Teams card, Zoom chat), updating what they posted before, and a socket feed.
    /// </summary>
    public async Task<(LiveAudioSession Session, NudgeFeed Feed)?> FindOrResumeAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (Find(sessionId) is { Session.Faulted: false } live) return live;
        await _resuming.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Find(sessionId) is { } raced)
            {
                if (!raced.Session.Faulted) return raced;
                await DropFailedAsync(sessionId, raced.Session).ConfigureAwait(false);
            }
            if (await directory.OpenAsync(sessionId, cancellationToken).ConfigureAwait(false) is not { } journaled) return null;
            var attached = await sinks.ForResumedAsync(sessionId, journaled.Events, directory.Journal, new AudioSessionHandle(sessionId, this), cancellationToken)
                .ConfigureAwait(false);
            var session = await LiveAudioSession.ResumeAsync(sessionId, journaled.Events, directory.Journal, attached.All, recognizer,
                options.Value.RecognitionBacklog, time, cancellationToken, metrics, attached.Observers, policy?.Value).ConfigureAwait(false);
            var feed = attached.Feed;
            _live[sessionId] = (session, feed);
            // Wall-clock stamps of gateways are measured from the media time already heard.
            _startedAt[sessionId] = time.GetUtcNow() - session.HeardUntil;
            logger.MediaSessionResumed(sessionId, session.HeardUntil.TotalSeconds, journaled.Events.Count);
            return (session, feed);
        }
        finally
        {
            _resuming.Release();
        }
    }

    /// <summary>
    /// This process's copy of a session stopped (its journal refused an event): it is let go without ending, so the
    /// session stays open in the directory and the next connection takes it up from what was journaled.
    /// </summary>
    private async Task DropFailedAsync(string sessionId, LiveAudioSession failed)
    {
        _live.TryRemove(sessionId, out _);
        try
        {
            await failed.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.MediaSessionLost(sessionId, ex); // its runner already failed; nothing more to save from it
        }
    }

    /// <summary>Wall-clock start of a live session (gateways that stamp audio with the wall clock are measured from it).</summary>
    public DateTimeOffset? StartedAt(string sessionId) => _startedAt.TryGetValue(sessionId, out var at) ? at : null;

    /// <summary>Ends a session and writes its post-call; null when it was not live (already ended: a no-op).</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="reason">Why it ended (journaled).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="writePostCall">False for a session that never got going (its meeting bot could not be sent): nothing to write.</param>
    public async Task<ISessionView?> EndAsync(string sessionId, string reason, CancellationToken cancellationToken, bool writePostCall = true)
    {
        if (!_live.TryRemove(sessionId, out var live)) return null;
        _startedAt.TryRemove(sessionId, out _);
        sinks.Release(sessionId);
        await using (live.Session.ConfigureAwait(false))
        {
            ISessionView view;
            try
            {
                view = await live.Session.EndAsync(reason, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Its journal refused it (another node took the session over) or failed: this node's copy is over.
                logger.MediaSessionLost(sessionId, ex);
                return null;
            }
            if (!writePostCall) return view;
            var postCall = await directory.CompleteAsync(view, cancellationToken).ConfigureAwait(false);
            if (postCall.Status == PostCallStatus.Failed) logger.PostCallFailed(sessionId, postCall.Attempts, postCall.Reason);
            logger.MediaSessionEnded(sessionId, reason, view.Nudges.Count, live.Session.LateSamples);
            return view;
        }
    }

    public void Dispose() => _resuming.Dispose();

    /// <summary>Ends every session that has had no media for the idle timeout; returns how many.</summary>
    public async Task<int> EndIdleAsync(CancellationToken cancellationToken)
    {
        var idle = _live.Where(l => l.Value.Session.Idle >= options.Value.IdleTimeout).Select(l => l.Key).ToArray();
        foreach (var id in idle) await EndAsync(id, "no media", cancellationToken).ConfigureAwait(false);
        return idle.Length;
    }
}

/// <summary>A new media session: its id and the token that streams into it.</summary>
public sealed record CreatedMediaSession(string SessionId, string Token, DateTimeOffset Expires);
