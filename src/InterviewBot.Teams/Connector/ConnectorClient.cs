using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewBot.Teams.Protocol;

namespace InterviewBot.Teams.Connector;

/// <summary>
/// The Bot Framework connector REST API, spoken directly: send, reply, update and delete activities, start a
/// 1:1 conversation, read a member, and Teams' targeted meeting notification. The service URL comes from the
/// authenticated activity that started the exchange. Timeouts and retries (429 honouring Retry-After, 5xx)
/// are the HttpClient's resilience pipeline, set where the client is registered.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ConnectorTokenProvider tokens)
{
    public async Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, TeamsJsonContext.Default.Activity,
            TeamsJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse(null);

    public async Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await CallAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity with { ReplyToId = activityId },
            TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse(null);

    /// <summary>Replaces a sent activity in place (the status card).</summary>
    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await CallAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity with { Id = activityId },
            TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await CallAsync<Activity, ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null,
            TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);

    /// <summary>Starts (or finds) the 1:1 chat between the bot and one user of a tenant, proactively.</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        await CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, TeamsJsonContext.Default.ConversationParameters,
            TeamsJsonContext.Default.ConversationResourceResponse, cancellationToken).ConfigureAwait(false)
        ?? throw new ConnectorException(502, "the connector created a conversation but returned no id");

    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken) =>
        await CallAsync<Activity, ChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", null,
            TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.ChannelAccount, cancellationToken).ConfigureAwait(false);

    /// <summary>A meeting's schedule, join link and organizer (RSC <c>OnlineMeeting.ReadBasic.Chat</c>); null when there is no such meeting (cancelled).</summary>
    public async Task<MeetingDetailsResponse?> GetMeetingAsync(string serviceUrl, string meetingId, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync<Activity, MeetingDetailsResponse>(HttpMethod.Get, serviceUrl, $"v1/meetings/{Escape(meetingId)}", null,
                TeamsJsonContext.Default.Activity, TeamsJsonContext.Default.MeetingDetailsResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Teams' targeted in-meeting notification: shown only to the listed users, inside the meeting.</summary>
    public async Task SendMeetingNotificationAsync(string serviceUrl, string meetingId, JsonElement notification, CancellationToken cancellationToken) =>
        await CallAsync<JsonElement, ResourceResponse>(HttpMethod.Post, serviceUrl, $"v1/meetings/{Escape(meetingId)}/notification", notification,
            TeamsJsonContext.Default.JsonElement, TeamsJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);

    private async Task<TResponse?> CallAsync<TBody, TResponse>(HttpMethod method, string serviceUrl, string path, TBody? body,
        JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path));
        if (body is not null) request.Content = JsonContent.Create(body, bodyType);
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new ConnectorException((int)response.StatusCode, $"{method} {path} failed with {(int)response.StatusCode}: {(text.Length > 300 ? text[..300] : text)}");
        if (string.IsNullOrWhiteSpace(text)) return default;
        try
        {
            return JsonSerializer.Deserialize(text, responseType);
        }
        catch (JsonException)
        {
            return default; // a success with a body we do not need to understand (some connectors answer with plain text)
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
