using InterviewBot.Teams.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace InterviewBot.Teams.Graph;

/// <summary>
/// What the coach asks Microsoft Graph about a meeting after its call (the call itself is the calling SDK's: CallingClient):
/// its online meeting id, its transcripts and their WebVTT, an attendee's address, a draft. Through the Graph SDK on an HttpClient with the connector's timeouts and retries (429 honouring Retry-After).
/// </summary>
public sealed class MeetingGraph(HttpClient http, GraphTokenProvider tokens, IOptions<GraphOptions> options) : IDisposable
{
    private readonly GraphServiceClient _graph = new(http, new AppTokenAuthentication(tokens), options.Value.BaseUrl.ToString().TrimEnd('/'));

    /// <summary>The Graph id of the organizer's online meeting with this join URL; null when there is none.</summary>
    public async Task<string?> FindMeetingIdAsync(string organizerId, Uri joinUrl, CancellationToken cancellationToken) =>
        (await FindMeetingAsync(organizerId, joinUrl, cancellationToken).ConfigureAwait(false))?.Id;

    /// <summary>The organizer's online meeting with this join URL (id, start, end, subject); null when there is none.</summary>
    public async Task<OnlineMeeting?> FindMeetingAsync(string organizerId, Uri joinUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(joinUrl);
        var found = await CallAsync(() => _graph.Users[organizerId].OnlineMeetings.GetAsync(
            r => r.QueryParameters.Filter = $"JoinWebUrl eq '{joinUrl.OriginalString.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken)).ConfigureAwait(false);
        return found?.Value?.FirstOrDefault();
    }

    /// <summary>The newest transcript of the meeting as WebVTT; null while there is none yet.</summary>
    public async Task<string?> LatestTranscriptVttAsync(string organizerId, string meetingId, CancellationToken cancellationToken)
    {
        var meeting = _graph.Users[organizerId].OnlineMeetings[meetingId];
        var list = await CallAsync(() => meeting.Transcripts.GetAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (list?.Value?.Where(t => t.Id is not null).OrderByDescending(t => t.CreatedDateTime).FirstOrDefault() is not { } latest) return null;
        await using var content = await CallAsync(() => meeting.Transcripts[latest.Id].Content.GetAsync(r => r.Headers.Add("Accept", "text/vtt"), cancellationToken))
            .ConfigureAwait(false);
        if (content is null) return null;
        using var reader = new StreamReader(content);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The email address of the meeting attendee with this display name; null when there is none (or no address).</summary>
    public async Task<string?> AttendeeAddressAsync(string organizerId, string meetingId, string displayName, CancellationToken cancellationToken)
    {
        var meeting = await CallAsync(() => _graph.Users[organizerId].OnlineMeetings[meetingId].GetAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        return meeting?.Participants?.Attendees?.FirstOrDefault(a => string.Equals(a.Identity?.User?.DisplayName, displayName, StringComparison.OrdinalIgnoreCase))?.Upn;
    }

    /// <summary>Saves a message in the user's Drafts folder (<c>POST /users/{id}/messages</c>); it is never sent. Returns the draft's id.</summary>
    public async Task<string?> CreateDraftAsync(string userId, string subject, string body, string? toAddress, string? toName, CancellationToken cancellationToken)
    {
        var message = new Message
        {
            Subject = subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = body },
            ToRecipients = toAddress is null ? [] : [new Recipient { EmailAddress = new EmailAddress { Address = toAddress, Name = toName } }],
        };
        // A POST: not repeated on 5xx, so a slow answer cannot leave two drafts.
        return (await CallAsync(() => _graph.Users[userId].Messages.PostAsync(message, cancellationToken: cancellationToken)).ConfigureAwait(false))?.Id;
    }

    public void Dispose() => _graph.Dispose();

    /// <summary>Graph's errors as the connector's: a status and Graph's own message.</summary>
    private static async Task<T?> CallAsync<T>(Func<Task<T?>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ODataError ex)
        {
            throw new ConnectorException(ex.ResponseStatusCode, $"Microsoft Graph answered {ex.ResponseStatusCode}: {ex.Error?.Message ?? ex.Message}");
        }
    }
}
