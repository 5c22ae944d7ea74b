using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InterviewBot.Zoom.Webhooks;

namespace InterviewBot.Zoom.Tests.Webhooks;

/// <summary>Zoom's webhooks as the adapter reads them: signed and fresh, or refused before anything is parsed.</summary>
public sealed class ZoomWebhookTests
{
    private const string Secret = "zoom-webhook-secret";
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static (byte[] Body, Dictionary<string, string> Headers) Signed(string json, DateTimeOffset? at = null, string? signature = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var ts = (at ?? s_now).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = signature ?? "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), (byte[])[.. Encoding.UTF8.GetBytes($"v0:{ts}:"), .. body]));
        return (body, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["x-zm-request-timestamp"] = ts, ["x-zm-signature"] = signed });
    }

    private static Media.Webhooks.WebhookReading<ZoomEvent> Read((byte[] Body, Dictionary<string, string> Headers) request) =>
        ZoomWebhook.Read(request.Body, name => request.Headers.GetValueOrDefault(name), Secret, s_now);

    [Fact]
    public void RtmsStarted_IsAStreamToOpen_WithItsSignalingUrlOperatorAndAccount()
    {
        var read = Read(Signed("""
            {"event":"meeting.rtms_started","payload":{"meeting_uuid":"m-1","rtms_stream_id":"s-1","server_urls":"wss://rtms.zoom.us/signaling","operator_id":"op-1","account_id":"acc-1"}}
            """));

        var started = Assert.IsType<ZoomEvent.StreamStarted>(read.Event);
        Assert.Equal(("m-1", "s-1", "wss://rtms.zoom.us/signaling", "op-1", "acc-1"),
            (started.Start.MeetingUuid, started.Start.StreamId, started.Start.SignalingUrl.ToString(), started.Start.OperatorId, started.AccountId));
    }

    [Theory]
    [InlineData("meeting.rtms_stopped")]
    [InlineData("meeting.rtms_interrupted")]
    public void RtmsStoppedOrInterrupted_IsTheStreamToStop(string name)
    {
        var read = Read(Signed($$$"""{"event":"{{{name}}}","payload":{"meeting_uuid":"m-1","rtms_stream_id":"s-1"}}"""));

        Assert.Equal("s-1", Assert.IsType<ZoomEvent.StreamStopped>(read.Event).StreamId);
    }

    [Fact]
    public void UrlValidation_IsAnsweredWithThePlainTokenAndItsHmac()
    {
        var read = Read(Signed("""{"event":"endpoint.url_validation","payload":{"plainToken":"qgg8vlvZRS6UYooatFL8Aw"}}"""));

        var answer = Assert.IsType<ZoomEvent.UrlValidation>(read.Event).Answer;
        Assert.Equal(("qgg8vlvZRS6UYooatFL8Aw", Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes("qgg8vlvZRS6UYooatFL8Aw")))), answer);
    }

    [Fact]
    public void OtherEvents_AreIgnored()
    {
        Assert.IsType<ZoomEvent.Ignored>(Read(Signed("""{"event":"meeting.started","payload":{}}""")).Event);
        Assert.IsType<ZoomEvent.Ignored>(Read(Signed("""{"event":"meeting.rtms_started","payload":{"meeting_uuid":"m-1"}}""")).Event); // incomplete
    }

    [Fact]
    public void WrongSignature_IsRefusedWith401()
    {
        var read = Read(Signed("""{"event":"meeting.rtms_stopped","payload":{"rtms_stream_id":"s-1"}}""", signature: "v0=" + new string('0', 64)));

        Assert.Equal((true, 401), (read.Refused, read.RefusalStatus));
        Assert.Null(read.Event);
    }

    [Fact]
    public void StaleTimestamp_IsRefused_SoACapturedDeliveryCannotBeReplayed()
    {
        var read = Read(Signed("""{"event":"meeting.rtms_stopped","payload":{"rtms_stream_id":"s-1"}}""", at: s_now.AddMinutes(-6)));

        Assert.Equal(401, read.RefusalStatus);
    }

    [Fact]
    public void SignedBodyThatIsNotJson_IsRefusedWith400AndTheReason()
    {
        var read = Read(Signed("{not json"));

        Assert.Equal(400, read.RefusalStatus);
        Assert.StartsWith("the webhook body is not JSON", read.Refusal, StringComparison.Ordinal);
    }
}
