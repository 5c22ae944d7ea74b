using System.Text.Json.Nodes;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>
/// Microsoft Graph's call notifications in their documented shapes (<c>commsNotifications</c>: changeType, resourceUrl,
/// resourceData), as Graph posts them to the bot's callback: call state, terminated (with its resultInfo), the
/// participants collection, and an incoming call into a meeting.
/// </summary>
internal static class CallNews
{
    public const string BotAppId = TokenIssuer.AppId;

    /// <summary><c>updated</c> call with a new state ("establishing", "established", …).</summary>
    public static string State(string callId, string state) =>
        Batch(Item("updated", $"/communications/calls/{callId}", new JsonObject { ["@odata.type"] = "#microsoft.graph.call", ["state"] = state }));

    /// <summary>
    /// <c>deleted</c> call in state terminated with its resultInfo (Graph's call-delete docs; a failed join ends the same
    /// way with an error code, e.g. 500/560500 "Server Internal Error. DiagCode: 500#560500.@").
    /// </summary>
    public static string Terminated(string callId, int code = 200, int subcode = 5001, string message = "The conversation has ended.") =>
        Batch(Item("deleted", $"/communications/calls/{callId}", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.call",
            ["state"] = "terminated",
            ["resultInfo"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.resultInfo", ["code"] = code, ["subcode"] = subcode, ["message"] = message },
        }));

    /// <summary><c>updated</c> participants collection: everyone in the call now (people by name, and the bot itself).</summary>
    public static string Roster(string callId, params (string Name, bool InLobby)[] people) =>
        Batch(Item("updated", $"/communications/calls/{callId}/participants", new JsonArray(
            [.. people.Select(p => Participant("participant-" + p.Name.ToLowerInvariant(), new JsonObject { ["user"] = User(p.Name) }, p.InLobby)),
             Participant("participant-bot", new JsonObject { ["application"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.identity", ["id"] = BotAppId, ["displayName"] = "InterviewBot" } }, false)])));

    /// <summary>Everyone in the roster, none in the lobby.</summary>
    public static string Roster(string callId, params string[] people) => Roster(callId, [.. people.Select(p => (p, false))]);

    /// <summary><c>created</c> incoming call (Graph's answer docs), placed from a meeting chat when <paramref name="threadId"/> is given.</summary>
    public static string Incoming(string callId, string? threadId)
    {
        var call = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.call",
            ["id"] = callId, // the SDK refuses an incoming call without one ("No valid ID found in the created Call.")
            ["state"] = "incoming",
            ["direction"] = "incoming",
            ["callbackUri"] = "https://coach.example.com/api/calling",
            ["source"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.participantInfo", ["identity"] = new JsonObject { ["user"] = User("Priya") } },
            ["targets"] = new JsonArray(new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.invitationParticipantInfo",
                ["identity"] = new JsonObject { ["application"] = new JsonObject { ["id"] = BotAppId, ["displayName"] = "InterviewBot" } },
            }),
            ["requestedModalities"] = new JsonArray("audio"),
            ["tenantId"] = "tenant-1",
        };
        if (threadId is not null) call["chatInfo"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.chatInfo", ["threadId"] = threadId, ["messageId"] = "0" };
        return Batch(Item("created", $"/communications/calls/{callId}", call));
    }

    private static JsonObject User(string name) =>
        new() { ["@odata.type"] = "#microsoft.graph.identity", ["id"] = "aad-" + name.ToLowerInvariant(), ["displayName"] = name, ["tenantId"] = "tenant-1" };

    private static JsonObject Participant(string id, JsonObject identity, bool inLobby) => new()
    {
        ["@odata.type"] = "#microsoft.graph.participant",
        ["id"] = id,
        ["info"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.participantInfo", ["identity"] = identity, ["languageId"] = "en-US" },
        ["mediaStreams"] = new JsonArray(new JsonObject { ["@odata.type"] = "#microsoft.graph.mediaStream", ["mediaType"] = "audio", ["sourceId"] = "1", ["direction"] = "sendReceive", ["serverMuted"] = false }),
        ["isMuted"] = false,
        ["isInLobby"] = inLobby,
    };

    private static JsonObject Item(string changeType, string resourceUrl, JsonNode resourceData) => new()
    {
        ["@odata.type"] = "#microsoft.graph.commsNotification",
        ["changeType"] = changeType,
        ["resourceUrl"] = resourceUrl,
        ["resourceData"] = resourceData,
    };

    private static string Batch(params JsonObject[] items) =>
        new JsonObject { ["@odata.type"] = "#microsoft.graph.commsNotifications", ["value"] = new JsonArray([.. items]) }.ToJsonString();
}
