using InterviewBot.Core.Coaching.Policy;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Media.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Media.Live;

/// <summary>
/// The live audio sessions of this server: created with a media token, found by id — or taken up from the session
/// directory when a client reconnects after this process (or another) lost the session — ended on request or when
/// no media has arrived for the idle timeout, and then handed to the directory for their post-call, once.
/// </summary>
public sealed class MediaSessions(IServiceProvider services, ISessionDirectory directory, IOptions<MediaOptions> options, MediaTokens tokens, TimeProvider time,
    ILogger<MediaSessions> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, (LiveAudioSession Session, NudgeFeed Feed)> _live = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _resuming = new(1, 1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _startedAt = new(StringComparer.Ordinal);

    public int Count => _live.Count;

    /// <summary>Starts a session for the given people; the token lets a media client (or a gateway) stream into it.</summary>
    /// <param name="setup">What the interview is for.</param>
    /// <param name="participants">Who is known at the start (more may join).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="sinks">Where nudges go besides the connected media clients (a Teams chat, Zoom Team Chat).</param>
    /// <param name="observers">Live views of the session (a status card).</param>
    public async Task<CreatedMediaSession> CreateAsync(SessionSetup setup, IReadOnlyList<Participant> participants, CancellationToken cancellationToken,
        IReadOnlyList<INudgeSink>? sinks = null, IReadOnlyList<ISessionObserver>? observers = null)
    {
        var id = $"media-{time.GetUtcNow():yyyyMMdd-HHmmss}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";
        var feed = new NudgeFeed();
        var session = await LiveAudioSession.StartAsync(id, setup, participants, directory.Journal, [feed, .. sinks ?? []],
            services.GetService<ISpeechRecognizer>(), options.Value.RecognitionBacklog, time, cancellationToken, services.GetService<MediaMetrics>(), observers, Policy).ConfigureAwait(false);
        _live[id] = (session, feed);
        _startedAt[id] = time.GetUtcNow();
        var (token, expires) = tokens.Issue(id);
        logger.MediaSessionStarted(id);
        return new CreatedMediaSession(id, token, expires);
    }

    /// <summary>The nudge policy from <c>Coach:Nudges</c>, or COACHING.md §2's defaults when the host binds none.</summary>
    private NudgePolicyOptions Policy => services.GetService<IOptions<NudgePolicyOptions>>()?.Value ?? NudgePolicyOptions.Default;

    public (LiveAudioSession Session, NudgeFeed Feed)? Find(string sessionId) => _live.TryGetValue(sessionId, out var live) ? live : null;

    /// <summary>
    /// The live session with this id, or the open session the directory holds taken up here (after a restart or on
    /// another node); null when there is no such open session. Its nudges go to media clients from then on.
    /// </summary>
    public async Task<(LiveAudioSession Session, NudgeFeed Feed)?> FindOrResumeAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (Find(sessionId) is { } live) return live;
        await _resuming.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Find(sessionId) is { } raced) return raced;
            if (await directory.OpenAsync(sessionId, cancellationToken).ConfigureAwait(false) is not { } journaled) return null;
            var feed = new NudgeFeed();
            var session = await LiveAudioSession.ResumeAsync(sessionId, journaled.Events, directory.Journal, [feed], services.GetService<ISpeechRecognizer>(),
                options.Value.RecognitionBacklog, time, cancellationToken, services.GetService<MediaMetrics>(), policy: Policy).ConfigureAwait(false);
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
