using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Media.Gateways;

namespace InterviewBot.Media.Tests.Gateways;

public class TranslatorTests
{
    private static readonly DateTimeOffset s_started = DateTimeOffset.FromUnixTimeMilliseconds(1_764_064_800_000);
    private static readonly string s_pcm = Convert.ToBase64String([1, 0, 255, 255, 0, 128]); // 1, -1, -32768

    private static (GatewayChunk? Audio, string? Error) Attendee(JsonObject message) => Translate(new AttendeeTranslator(), Encoding.UTF8.GetBytes(message.ToJsonString()));

    private static (GatewayChunk? Audio, string? Error) Recall(JsonObject message) => Translate(new RecallTranslator(), Encoding.UTF8.GetBytes(message.ToJsonString()));

    private static (GatewayChunk? Audio, string? Error) Translate(IGatewayTranslator translator, byte[] message)
    {
        var chunk = new GatewayChunk();
        return translator.Translate(message, s_started, chunk, out var error) ? (chunk, error) : (null, error);
    }

    [Fact]
    public void Attendee_PerParticipantAudio_IsTimedFromTheSessionStart()
    {
        var (audio, error) = Attendee(new JsonObject
        {
            ["trigger"] = "realtime_audio.per_participant", ["bot_id"] = "b",
            ["data"] = new JsonObject { ["participant_uuid"] = "u-1", ["chunk"] = s_pcm, ["timestamp_ms"] = 1_764_064_812_500, ["sample_rate"] = 16000 },
        });

        Assert.Null(error);
        Assert.Equal(("attendee:u-1", TimeSpan.FromSeconds(12.5)), (audio!.ParticipantKey, audio.MediaTime));
        Assert.Equal([1, -1, short.MinValue], audio.Samples());
    }

    [Fact]
    public void Attendee_MixedAudio_IsSkipped() =>
        Assert.Equal((null, null), Attendee(new JsonObject { ["trigger"] = "realtime_audio.mixed", ["data"] = new JsonObject { ["chunk"] = s_pcm } }));

    [Theory]
    [InlineData("{\"chunk\":\"%%%\",\"participant_uuid\":\"u\",\"timestamp_ms\":1}", "not base64")]
    [InlineData("{\"chunk\":\"AAEC\",\"participant_uuid\":\"u\",\"timestamp_ms\":1}", "even number")]
    [InlineData("{\"chunk\":\"AAA=\",\"timestamp_ms\":1}", "participant_uuid")]
    [InlineData("{\"chunk\":\"AAA=\",\"participant_uuid\":\"u\",\"timestamp_ms\":1,\"sample_rate\":8000}", "sample_rate 8000")]
    public void Attendee_BadAudio_SaysWhy(string data, string reason) =>
        Assert.Contains(reason, Attendee(new JsonObject { ["trigger"] = "realtime_audio.per_participant", ["data"] = JsonNode.Parse(data) }).Error, StringComparison.Ordinal);

    [Fact]
    public void Attendee_NotJson_SaysWhy() =>
        Assert.Contains("not an attendee message", Translate(new AttendeeTranslator(), "{{"u8.ToArray()).Error, StringComparison.Ordinal);

    [Fact]
    public void Recall_SeparateAudio_CarriesTheParticipantAndRelativeTime()
    {
        var (audio, error) = Recall(new JsonObject
        {
            ["event"] = "audio_separate_raw.data",
            ["data"] = new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["buffer"] = s_pcm,
                    ["timestamp"] = new JsonObject { ["relative"] = 3.25, ["absolute"] = "2026-11-25T10:00:03.25Z" },
                    ["participant"] = new JsonObject { ["id"] = 100, ["name"] = "Dana", ["is_host"] = true },
                },
                ["bot"] = new JsonObject { ["id"] = "bot-9" },
            },
        });

        Assert.Null(error);
        Assert.Equal(("recall:100", "Dana", true, TimeSpan.FromSeconds(3.25)), (audio!.ParticipantKey, audio.Name, audio.IsHost, audio.MediaTime));
    }

    [Fact]
    public void Recall_OtherEvents_AreSkipped() =>
        Assert.Equal((null, null), Recall(new JsonObject { ["event"] = "participant_events.join", ["data"] = new JsonObject() }));

    [Fact]
    public void Recall_AudioWithoutParticipant_SaysWhy() =>
        Assert.Contains("participant", Recall(new JsonObject { ["event"] = "audio_separate_raw.data", ["data"] = new JsonObject { ["data"] = new JsonObject { ["buffer"] = s_pcm } } }).Error,
            StringComparison.Ordinal);

    [Fact]
    public void Attendee_NumbersAsStrings_AreReadAsTheSerializerWould()
    {
        var (audio, error) = Attendee(new JsonObject
        {
            ["trigger"] = "realtime_audio.per_participant",
            ["data"] = new JsonObject { ["participant_uuid"] = "u-1", ["chunk"] = s_pcm, ["timestamp_ms"] = "1764064812500", ["sample_rate"] = "16000" },
        });

        Assert.Null(error);
        Assert.Equal(TimeSpan.FromSeconds(12.5), audio!.MediaTime);
    }

    [Theory]
    [InlineData("\" 1764064812500\"")]
    [InlineData("\"1764064812500.5\"")]
    [InlineData("1.5e3")]
    public void Attendee_TimestampThatIsNotAnInteger_IsRefused(string timestamp) =>
        Assert.Contains("timestamp_ms must be an integer",
            Attendee(new JsonObject
            {
                ["trigger"] = "realtime_audio.per_participant",
                ["data"] = JsonNode.Parse($"{{\"participant_uuid\":\"u\",\"chunk\":\"AAA=\",\"timestamp_ms\":{timestamp}}}"),
            }).Error, StringComparison.Ordinal);

    [Fact]
    public void Recall_NamesInAnyCaseAndRelativeAsString_AreRead()
    {
        var (audio, error) = Recall(new JsonObject
        {
            ["Event"] = "audio_separate_raw.data",
            ["DATA"] = new JsonObject
            {
                ["Data"] = new JsonObject
                {
                    ["Buffer"] = s_pcm, ["Timestamp"] = new JsonObject { ["Relative"] = "2.5e0" },
                    ["Participant"] = new JsonObject { ["ID"] = "7", ["Name"] = "Sam", ["Is_Host"] = false },
                },
            },
        });

        Assert.Null(error);
        Assert.Equal(("recall:7", "Sam", false, TimeSpan.FromSeconds(2.5)), (audio!.ParticipantKey, audio.Name, audio.IsHost, audio.MediaTime));
    }
}
