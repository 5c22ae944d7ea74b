using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Coaching;
using InterviewBot.Media.Gateways;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;
using InterviewBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// The product path: a Teams meeting starts, the coach sends the configured meeting bot (attendee) into it with the
/// meeting's join URL, the bot streams each participant's audio, and the nudges arrive as cards in the interviewer's
/// Teams chat; at meetingEnd the summary follows.
/// </summary>
public sealed class TeamsMeetingBotEndToEndTests : IAsyncLifetime
{
    private sealed class FakeAttendee : Loopback
    {
        public ConcurrentQueue<JsonNode> Bots { get; } = new();

        public FakeAttendee() => App.MapPost("/api/v1/bots", async (HttpContext ctx) =>
        {
            Bots.Enqueue((await JsonNode.ParseAsync(ctx.Request.Body))!);
            return Results.Json(new JsonObject { ["id"] = "bot_7", ["state"] = "joining" }, statusCode: 201);
        });
    }

    private static readonly string s_secret = Convert.ToBase64String(Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef"));
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";
    private readonly RecordingConnector _connector = new();
    private readonly FakeAttendee _attendee = new();
    private readonly HttpClient _http = new();
    private RunningServer _server = null!;
    private Activities _teams = null!;

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        await _attendee.StartAsync();
        _connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
            ["Coach:MediaDoor"] = "gateway",
            ["Media:Gateway:Kind"] = "attendee",
            ["Media:Gateway:ApiBaseUrl"] = _attendee.BaseUri.ToString(),
            ["Media:Gateway:ApiKey"] = "attendee-key",
            ["Media:Gateway:PublicBaseUrl"] = "https://coach.example.com/",
            ["Media:Gateway:WebhookSecret"] = s_secret,
        });
        _teams = new Activities(_connector.BaseUri);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await _attendee.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task PostAsync(Activity activity)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_server.BaseUri, "api/messages"), activity, TeamsJson.Activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task WebhookAsync(JsonObject payload)
    {
        using var doc = JsonDocument.Parse(payload.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUri, "api/media/attendee/webhook")) { Content = JsonContent.Create(payload) };
        request.Headers.Add("X-Webhook-Signature", Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(s_secret), Encoding.UTF8.GetBytes(AttendeeWebhook.Canonical(doc.RootElement)))));
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MeetingStart_SendsTheBot_AndTheMeetingsAudioIsCoachedInTheInterviewersChat()
    {
        await PostAsync(_teams.Installed());
        await PostAsync(_teams.Press("setup", new { meeting = Activities.MeetingChat, goal = SpokenInterview.Goal, interviewee = "Sam", plannedMinutes = "30" }));
        await PostAsync(_teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl, Title = "Routes" }) });

        var bot = Assert.Single(_attendee.Bots);
        Assert.Equal(JoinUrl, bot["meeting_url"]!.GetValue<string>());
        var door = new Uri(bot["websocket_settings"]!["per_participant_audio"]!["url"]!.GetValue<string>());
        var sessionId = door.Segments[^1];
        var local = new UriBuilder(new Uri(_server.BaseUri, door.AbsolutePath.TrimStart('/'))) { Scheme = "ws", Query = door.Query.TrimStart('?') }.Uri;

        string[] uuids = ["u-priya", "u-sam"];
        string[] names = ["Priya Nair", "Sam"];
        for (var i = 0; i < 2; i++)
        {
            await WebhookAsync(new JsonObject
            {
                ["bot_id"] = "bot_7", ["bot_metadata"] = new JsonObject { ["session_id"] = sessionId }, ["trigger"] = "participant_events.join_leave",
                ["data"] = new JsonObject { ["participant_uuid"] = uuids[i], ["participant_name"] = names[i], ["participant_is_host"] = i == 0, ["event_type"] = "join" },
            });
        }
        var origin = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(local, CancellationToken.None);
            var channels = SpokenInterview.Channels;
            for (var s = 0; s + 1600 <= channels[0].Length; s += 1600)
            {
                for (var c = 0; c < 2; c++)
                {
                    var bytes = new byte[3200];
                    Buffer.BlockCopy(channels[c], s * 2, bytes, 0, bytes.Length);
                    var message = new JsonObject
                    {
                        ["trigger"] = "realtime_audio.per_participant", ["bot_id"] = "bot_7",
                        ["data"] = new JsonObject { ["participant_uuid"] = uuids[c], ["chunk"] = Convert.ToBase64String(bytes), ["timestamp_ms"] = origin + s / 16, ["sample_rate"] = 16000 },
                    };
                    await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
                }
            }
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }
        await PostAsync(_teams.MeetingEnd());

        var cards = _connector.Posted.Where(c => c.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal)).ToArray();
        Assert.All(cards, c => Assert.Equal(Activities.InterviewerChat, c.ConversationId));
        var delivered = cards.Select(c => c.Card!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>()).ToArray();
        Assert.Equal(SpokenInterview.NudgesFromWav().Select(n => n.Kind), delivered);
        Assert.Contains(NudgeKinds.Interrupt, delivered);
        Assert.Contains("Interview ended", _connector.Calls.Last(c => c.Method == "PUT").CardText, StringComparison.Ordinal);
        Assert.Contains("Interview summary", _connector.Posted[^1].CardText, StringComparison.Ordinal);
        Assert.Null(_server.Get<InterviewBot.Media.Live.MediaSessions>().Find(sessionId));
    }

    [Fact]
    public async Task BotThatLeftBeforeMeetingEnd_EndsTheSession_AndTheSummaryStillReachesTheInterviewer()
    {
        await PostAsync(_teams.Installed());
        await PostAsync(_teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl }) });
        var sessionId = new Uri(Assert.Single(_attendee.Bots)["websocket_settings"]!["per_participant_audio"]!["url"]!.GetValue<string>()).Segments[^1];

        await WebhookAsync(new JsonObject
        {
            ["bot_id"] = "bot_7", ["bot_metadata"] = new JsonObject { ["session_id"] = sessionId }, ["trigger"] = "bot.state_change",
            ["data"] = new JsonObject { ["new_state"] = "ended", ["event_type"] = "meeting_ended" },
        });
        Assert.Null(_server.Get<InterviewBot.Media.Live.MediaSessions>().Find(sessionId));
        await PostAsync(_teams.MeetingEnd());

        Assert.Contains("Interview summary", _connector.Posted[^1].CardText, StringComparison.Ordinal);
        Assert.Equal(Activities.InterviewerChat, _connector.Posted[^1].ConversationId);
    }

    [Fact]
    public async Task BotThatCannotBeSent_IsSaid_AndTheMeetingFallsBackToNoAudio()
    {
        await _attendee.DisposeAsync(); // the gateway is down
        await PostAsync(_teams.Installed());
        await PostAsync(_teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl }) });

        Assert.Contains(_connector.Posted, c => c.ConversationId == Activities.InterviewerChat
            && (c.Body?["text"]?.GetValue<string>() ?? "").StartsWith("I couldn't bring the meeting's audio in", StringComparison.Ordinal));
        Assert.False(_server.Get<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!.HasAudio);
    }
}
