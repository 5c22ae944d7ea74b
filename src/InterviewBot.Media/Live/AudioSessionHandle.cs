using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// A live audio session seen through its id: every call finds the session the host holds now, so after a media
/// client reconnects and the session is resumed from its journal, commands reach the resumed session, not the lost one.
/// </summary>
public sealed class AudioSessionHandle(string sessionId, MediaSessions sessions) : ILiveSession
{
    public string SessionId { get; } = sessionId;

    public bool HasAudio => true;

    public TimeSpan Now => sessions.Find(SessionId)?.Session.HeardUntil ?? TimeSpan.Zero;

    public async ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Not live here (lost, not yet resumed): a command has nothing to act on until the audio comes back.
        if (sessions.Find(SessionId) is { } live) await live.Session.PostControlAsync(_ => e, cancellationToken).ConfigureAwait(false);
    }

    public Task<ISessionView?> EndAsync(string reason, CancellationToken cancellationToken) => sessions.EndAsync(SessionId, reason, cancellationToken);
}
