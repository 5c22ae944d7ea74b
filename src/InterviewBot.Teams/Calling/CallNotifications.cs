using System.Text.Json.Nodes;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// Microsoft Graph call notifications (<c>{"value":[{"changeType","resource","resourceData"}]}</c>) read into what the
/// coach acts on: a call's state, and who is in it. Anything else in the batch is ignored, not refused.
/// </summary>
public static class CallNotifications
{
    /// <summary>The updates in a notification body; an error when the body is not a notification at all.</summary>
    public static (IReadOnlyList<CallUpdate> Updates, string? Error) Parse(string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return ([], $"the notification is not JSON: {ex.Message}");
        }
        if (root is not JsonObject notification || notification["value"] is not JsonArray items) return ([], "the notification has no \"value\" array");
        var updates = new List<CallUpdate>();
        foreach (var item in items.OfType<JsonObject>())
        {
            if (CallIdOf(Str(item["resource"])) is not { } callId) continue;
            var data = item["resourceData"];
            if (data is JsonArray participants)
            {
                updates.Add(new CallUpdate(callId, null, [.. participants.OfType<JsonObject>().Select(Participant).OfType<CallParticipant>()]));
                continue;
            }
            if (data is not JsonObject one) continue;
            var type = Str(one["@odata.type"]);
            if (type == "#microsoft.graph.call")
                updates.Add(new CallUpdate(callId, Str(one["state"]) ?? (Str(item["changeType"]) == "deleted" ? "terminated" : null), null));
            else if (type == "#microsoft.graph.participant" && Participant(one) is { } p)
                updates.Add(new CallUpdate(callId, null, [p]));
        }
        return (updates, null);
    }

    /// <summary>The call id in <c>/communications/calls/{id}</c> or <c>…/calls/{id}/participants</c>.</summary>
    private static string? CallIdOf(string? resource)
    {
        if (resource is null) return null;
        var parts = resource.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(parts, p => p.Equals("calls", StringComparison.OrdinalIgnoreCase));
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : null;
    }

    private static CallParticipant? Participant(JsonObject p)
    {
        var identity = (p["info"] as JsonObject)?["identity"] as JsonObject;
        if (identity?["user"] is JsonObject user && Str(user["id"]) is { } id)
            return new CallParticipant(id, Str(user["displayName"]), IsBot: false, p["isInLobby"] is JsonValue lobby && lobby.TryGetValue<bool>(out var waiting) && waiting);
        if (identity?["application"] is JsonObject app && Str(app["id"]) is { } appId)
            return new CallParticipant(appId, Str(app["displayName"]), IsBot: true, false);
        return null;
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

/// <summary>One call's news: its new state, or the participants it has now (a roster update).</summary>
public sealed record CallUpdate(string CallId, string? State, IReadOnlyList<CallParticipant>? Participants);

/// <summary>Someone in a call: their Entra object id, name, and whether they are an application (a bot) or waiting in the lobby.</summary>
public sealed record CallParticipant(string Id, string? Name, bool IsBot, bool InLobby);
