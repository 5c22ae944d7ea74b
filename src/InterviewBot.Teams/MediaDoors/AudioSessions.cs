using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Sessions;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Connector;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.MediaDoors;

/// <summary>
/// What the audio doors share: a live audio session is created on the session host, then the door brings the audio
/// in; if that fails the session is ended without a post-call (nothing was heard) and the reason is given back.
/// </summary>
public sealed class AudioSessions(MediaSessions sessions, ILogger<AudioSessions> logger)
{
    /// <summary>Creates the session and runs <paramref name="bringAudio"/> for it.</summary>
    public async Task<AudioOpening> OpenAsync(SessionSetup setup, IReadOnlyList<Participant> participants, IReadOnlyList<SinkDescriptor> sinks,
        Func<CreatedMediaSession, Task> bringAudio, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bringAudio);
        var created = await sessions.CreateAsync(setup, participants, cancellationToken, sinks).ConfigureAwait(false);
        try
        {
            await bringAudio(created).ConfigureAwait(false);
            return new AudioOpening(new AudioSessionHandle(created.SessionId, sessions), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ConnectorException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await sessions.EndAsync(created.SessionId, "the meeting's audio could not be brought in", cancellationToken, writePostCall: false).ConfigureAwait(false);
            logger.DeliveryFailed("meeting audio", ex.Message);
            return new AudioOpening(null, ex.Message);
        }
    }
}
