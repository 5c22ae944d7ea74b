using System.Collections.Concurrent;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Transcripts;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// A meeting that ended without live audio still ends with a summary: its Teams transcript is polled from Microsoft
/// Graph with back-off (it appears minutes after the call), replayed through the same pipeline as <c>replay</c>, and
/// the same summary card is sent, marked as written from the transcript. Past <c>Graph:TranscriptGiveUpAfter</c>, or
/// without the permission to read it, the interviewer is told why there is none.
/// </summary>
public sealed class TranscriptFallback(MeetingGraph graph, PostCallPublisher publisher, InterviewerChannel channel, IOptions<GraphOptions> options,
    TimeProvider time, ILogger<TranscriptFallback> logger)
{
    /// <summary>The note the summary card carries when it was written from the transcript.</summary>
    public const string FromTranscript = "Written from the meeting transcript (no live audio reached me during the call).";
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>Starts waiting for the meeting's transcript in the background (once per session).</summary>
    public void Start(CoachedMeeting meeting, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        _running.GetOrAdd(sessionId, _ => Task.Run(() => RunAsync(meeting, sessionId, CancellationToken.None), CancellationToken.None));
    }

    /// <summary>Completes when every fallback started so far has finished (tests, orderly shutdown).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_running.Values);

    private async Task RunAsync(CoachedMeeting meeting, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await ReplayTranscriptAsync(meeting, sessionId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.SessionFailed(sessionId, ex.Message);
            await TellAsync(meeting, $"I couldn't write your summary from the meeting transcript: {ex.Message}", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReplayTranscriptAsync(CoachedMeeting meeting, string sessionId, CancellationToken cancellationToken)
    {
        if ((meeting.OrganizerId ?? meeting.Interviewer.AadObjectId) is not { } organizer)
        {
            await TellAsync(meeting, "I couldn't tell whose meeting this was, so I can't read its transcript: there is no summary this time.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var o = options.Value;
        var deadline = time.GetUtcNow() + o.TranscriptGiveUpAfter;
        string? meetingId = meeting.GraphMeetingId;
        while (true)
        {
            try
            {
                meetingId ??= meeting.JoinUrl is { } join ? await graph.FindMeetingIdAsync(organizer, join, cancellationToken).ConfigureAwait(false) : null;
                meeting.GraphMeetingId ??= meetingId; // the email draft reads the attendees from it
                if (meetingId is null)
                {
                    await TellAsync(meeting, "I couldn't find this meeting in Microsoft Graph, so I can't read its transcript: there is no summary this time.", cancellationToken)
                        .ConfigureAwait(false);
                    return;
                }
                if (await graph.LatestTranscriptVttAsync(organizer, meetingId, cancellationToken).ConfigureAwait(false) is { } vtt)
                {
                    await PublishAsync(meeting, sessionId, vtt, cancellationToken).ConfigureAwait(false);
                    return;
                }
            }
            catch (ConnectorException ex) when (ex.Status is 401 or 403)
            {
                await TellAsync(meeting, "I'm not allowed to read this meeting's transcript. Ask your Teams admin to consent to the app's " +
                    "**OnlineMeetingTranscript.Read.Chat** permission (it comes with adding me to the meeting chat), then add me again.", cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConnectorException ex) when (ex.Status == 404)
            {
                await TellAsync(meeting, "Microsoft Graph doesn't know this meeting any more, so there is no transcript to write your summary from.", cancellationToken)
                    .ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.DeliveryFailed("meeting transcript", ex.Message); // retried at the next poll
            }
            if (time.GetUtcNow() >= deadline)
            {
                await TellAsync(meeting, $"The meeting's transcript didn't appear within {o.TranscriptGiveUpAfter.TotalMinutes:0} minutes " +
                    "(was transcription on?), so there is no summary for this meeting.", cancellationToken).ConfigureAwait(false);
                return;
            }
            await Task.Delay(o.TranscriptPollEvery, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PublishAsync(CoachedMeeting meeting, string sessionId, string vtt, CancellationToken cancellationToken)
    {
        var parsed = TranscriptParser.Parse(vtt, "meeting transcript");
        if (parsed.Transcript is not { } transcript)
        {
            await TellAsync(meeting, $"The meeting's transcript couldn't be read ({parsed.Error!.Message}), so there is no summary this time.", cancellationToken).ConfigureAwait(false);
            return;
        }
        // The interviewer by their Teams name when the transcript has it; otherwise the replay's own choice.
        var interviewer = meeting.Interviewer.Name is { } name && transcript.Speakers.Contains(name, StringComparer.OrdinalIgnoreCase) ? name : null;
        var replay = TranscriptReplay.Run(transcript, interviewer, meeting.Setup, sessionId);
        if (replay.Session is not { } session)
        {
            await TellAsync(meeting, $"The meeting's transcript couldn't be replayed ({replay.Error}), so there is no summary this time.", cancellationToken).ConfigureAwait(false);
            return;
        }
        logger.SessionLifecycle(sessionId, "written from the meeting transcript");
        await publisher.PublishAsync(meeting, session, cancellationToken, FromTranscript).ConfigureAwait(false);
    }

    private async Task TellAsync(CoachedMeeting meeting, string text, CancellationToken cancellationToken) =>
        await channel.SendAsync(meeting, Activity.Message(text), "transcript fallback", cancellationToken).ConfigureAwait(false);
}
