using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// A live audio session seen through its id: every call finds the session the host holds now, so after a media
/// client reconnects and the session is resumed from its journal, commands reach the resumed session, not the lost one.
/// </summary>
public sealed class AudioSessionHandle : ILiveSession
{
    private readonly MediaSessions _sessions;
    private LiveAudioSession? _last;

    public AudioSessionHandle(string sessionId, MediaSessions sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        SessionId = sessionId;
        _sessions = sessions;
        _last = sessions.Find(sessionId)?.Session;
    }

    public string SessionId { get; }

    public bool HasAudio => true;

    public TimeSpan Now => Current()?.HeardUntil ?? TimeSpan.Zero;

    public async ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Not live here (lost, not yet resumed): a command has nothing to act on until the audio comes back.
        if (Current() is { } live) await live.PostControlAsync(_ => e, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends the session; when its media door ended it already (the meeting bot left first), the ended session as it
    /// was, so the meeting still gets its summary. Null when this process's copy was lost (ended elsewhere, or failed).
    /// </summary>
    public async Task<ISessionView?> EndAsync(string reason, CancellationToken cancellationToken) =>
        await _sessions.EndAsync(SessionId, reason, cancellationToken).ConfigureAwait(false)
        ?? (_last is { Ended: true, Faulted: false } ended ? ended.View : null);

    private LiveAudioSession? Current()
    {
        var live = _sessions.Find(SessionId)?.Session;
        if (live is not null) _last = live;
        return live;
    }
}
