using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using InterviewBot.Media.Gateways;
using InterviewBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server.Tests.Gateways;

/// <summary>Sending a meeting bot: the create-bot call each gateway documents, against a loopback stand-in for its API.</summary>
public sealed class MeetingBotsTests : IAsyncLifetime
{
    private sealed class GatewayApi : Loopback
    {
        public ConcurrentQueue<(string Path, string Authorization, JsonNode Body)> Calls { get; } = new();
        public int Status { get; set; } = 201;

        public GatewayApi()
        {
            App.MapPost("/api/v1/{kind}", async (HttpContext ctx) =>
            {
                Calls.Enqueue((ctx.Request.Path.Value!, ctx.Request.Headers.Authorization.ToString(), (await JsonNode.ParseAsync(ctx.Request.Body))!));
                ctx.Response.StatusCode = Status;
                await ctx.Response.WriteAsync(Status < 300 ? """{"id":"bot_42","state":"joining"}""" : """{"detail":"meeting_url is not a supported meeting"}""");
            });
        }
    }

    private readonly GatewayApi _api = new();
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => _api.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private MeetingBots Bots(string kind) => new(_http, Options.Create(new MeetingBotOptions
    {
        Kind = kind, ApiBaseUrl = _api.BaseUri, ApiKey = "gw-key", PublicBaseUrl = new Uri("https://coach.contoso.com/"),
    }));

    private static readonly Uri s_meeting = new("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0");

    [Fact]
    public async Task Attendee_GetsTheMeeting_OurPerParticipantAudioDoor_AndWebhooks()
    {
        var id = await Bots("attendee").SendAsync(s_meeting, "media-1", "tok.en.sig", CancellationToken.None);

        Assert.Equal("bot_42", id);
        var (path, auth, body) = Assert.Single(_api.Calls);
        Assert.Equal(("/api/v1/bots", "Token gw-key"), (path, auth));
        Assert.Equal(s_meeting.ToString(), body["meeting_url"]!.GetValue<string>());
        Assert.Equal("media-1", body["metadata"]!["session_id"]!.GetValue<string>());
        Assert.Equal("wss://coach.contoso.com/api/media/attendee/media-1?token=tok.en.sig", body["websocket_settings"]!["per_participant_audio"]!["url"]!.GetValue<string>());
        Assert.Equal(16000, body["websocket_settings"]!["per_participant_audio"]!["sample_rate"]!.GetValue<int>());
        Assert.Equal("https://coach.contoso.com/api/media/attendee/webhook", body["webhooks"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Recall_GetsSeparateRawAudio_ToOurDoor()
    {
        await Bots("recall").SendAsync(s_meeting, "media-2", "t", CancellationToken.None);

        var (path, _, body) = Assert.Single(_api.Calls);
        Assert.Equal("/api/v1/bot", path);
        var endpoint = body["recording_config"]!["realtime_endpoints"]![0]!;
        Assert.Equal(("websocket", "wss://coach.contoso.com/api/media/recall/media-2?token=t", "audio_separate_raw.data"),
            (endpoint["type"]!.GetValue<string>(), endpoint["url"]!.GetValue<string>(), endpoint["events"]![0]!.GetValue<string>()));
        Assert.NotNull(body["recording_config"]!["audio_separate_raw"]);
    }

    [Fact]
    public async Task Refusal_IsAClearError_AndIsNotRepeated()
    {
        _api.Status = 400;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Bots("attendee").SendAsync(s_meeting, "media-3", "t", CancellationToken.None));

        Assert.Contains("attendee refused the bot: 400", error.Message, StringComparison.Ordinal);
        Assert.Single(_api.Calls);
    }
}
