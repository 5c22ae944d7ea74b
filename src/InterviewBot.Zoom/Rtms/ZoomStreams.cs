using System.Collections.Concurrent;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using InterviewBot.Zoom.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Zoom.Rtms;

/// <summary>
/// The RTMS streams this server follows: started by <c>meeting.rtms_started</c> (a session whose interviewer is the
/// Zoom user who started the stream, nudges to that user's Team Chat), stopped by <c>meeting.rtms_stopped</c> or by
/// Zoom ending the stream — then the session ends and its post-call is written.
/// </summary>
public sealed class ZoomStreams(MediaSessions sessions, RtmsClient client, ZoomApi api, IOptions<ZoomOptions> options, ILogger<ZoomStreams> logger)
{
    private readonly ConcurrentDictionary<string, (string SessionId, CancellationTokenSource Stop, Task Running)> _streams = new(StringComparer.Ordinal);

    /// <summary>The session a stream feeds, while it runs.</summary>
    public string? SessionOf(string streamId) => _streams.TryGetValue(streamId, out var s) ? s.SessionId : null;

    public async Task StartAsync(RtmsStart start, string? accountId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (_streams.ContainsKey(start.StreamId)) return; // Zoom may deliver the webhook twice
        var host = start.OperatorId is { } op ? await NameAsync(op, cancellationToken).ConfigureAwait(false) : null;
        Participant[] people = host is null ? [] : [new Participant("zoom-host", host, ParticipantRole.Interviewer)];
        SinkDescriptor[] sinks = options.Value.RobotJid is { Length: > 0 } && start.OperatorId is { } user
            ? [ZoomChatSinks.Describe($"{user}@xmpp.zoom.us", accountId)]
            : [];
        var created = await sessions.CreateAsync(SessionSetup.Empty, people, cancellationToken, sinks).ConfigureAwait(false);
        var stop = new CancellationTokenSource();
        var live = sessions.Find(created.SessionId)!.Value.Session;
        var running = Task.Run(async () =>
        {
            try
            {
                await client.RunAsync(start, live, stop.Token).ConfigureAwait(false);
            }
            catch (RtmsException ex)
            {
                logger.RtmsDropped(start.StreamId, ex.Message);
            }
            finally
            {
                await sessions.EndAsync(created.SessionId, "the Zoom stream stopped", CancellationToken.None).ConfigureAwait(false);
            }
        }, CancellationToken.None);
        if (!_streams.TryAdd(start.StreamId, (created.SessionId, stop, running))) await stop.CancelAsync().ConfigureAwait(false);
    }

    /// <summary>Stops following a stream and waits until its session is ended and written.</summary>
    public async Task StopAsync(string streamId)
    {
        if (!_streams.TryRemove(streamId, out var s)) return;
        await s.Stop.CancelAsync().ConfigureAwait(false);
        await s.Running.ConfigureAwait(false);
        s.Stop.Dispose();
    }

    private async Task<string?> NameAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await api.DisplayNameAsync(userId, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            logger.ChatFailed($"the host's name could not be read: {ex.Message}");
            return null;
        }
    }
}
