using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace InterviewBot.Teams.Protocol;

/// <summary>
/// A Bot Framework activity: the subset of the connector schema this bot reads and writes. Unknown
/// properties are ignored on the way in; nothing we do not set is written on the way out.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Action { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public JsonElement? Value { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary>A plain message from the bot.</summary>
    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    /// <summary>A message carrying one Adaptive Card (with a text summary for notifications and screen readers).</summary>
    public static Activity Card(JsonElement card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment(Cards.AdaptiveCard.ContentType, card)],
    };
}

/// <summary>The activity types this bot handles.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Event = "event";
    public const string Invoke = "invoke";
}

/// <summary>A user or bot in a conversation.</summary>
public sealed record ChannelAccount(string Id, string? Name = null, string? AadObjectId = null)
{
    public string? Role { get; init; }
}

/// <summary>The conversation an activity belongs to: a 1:1 chat, a group or meeting chat, a channel.</summary>
public sealed record ConversationAccount(string Id)
{
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
    public string? Name { get; init; }
}

/// <summary>An attachment; for us always an Adaptive Card.</summary>
public sealed record Attachment(string ContentType, JsonElement Content);

/// <summary>Teams' <c>channelData</c>: the tenant, the meeting and, for events, what happened.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public MeetingInfo? Meeting { get; init; }
    public string? EventType { get; init; }
    public NotificationInfo? Notification { get; init; }
}

/// <summary>The Microsoft Entra tenant of the conversation.</summary>
public sealed record TenantInfo(string Id);

/// <summary>The Teams meeting a meeting chat belongs to.</summary>
public sealed record MeetingInfo(string Id);

/// <summary>Asks Teams to alert the user about this message.</summary>
public sealed record NotificationInfo(bool Alert);

/// <summary>What <c>POST /v3/conversations</c> takes to start a conversation (our use: a 1:1 chat with one user).</summary>
public sealed record ConversationParameters(ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members, bool IsGroup, string? TenantId)
{
    public TeamsChannelData? ChannelData { get; init; }
}

/// <summary>The connector's answer to creating a conversation.</summary>
public sealed record ConversationResourceResponse(string Id, string? ActivityId = null, string? ServiceUrl = null);

/// <summary>The connector's answer to sending an activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The body of an invoke response (Action.Execute answers with a card or a message).</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body);

/// <summary>JSON for the connector protocol: camelCase, nulls left out, source-generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(MeetingDetailsResponse))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;

/// <summary>The connector protocol's JSON type information, for hosts that read and write activities.</summary>
public static class TeamsJson
{
    public static JsonTypeInfo<Activity> Activity => TeamsJsonContext.Default.Activity;

    public static JsonTypeInfo<JsonElement> Element => TeamsJsonContext.Default.JsonElement;
}
