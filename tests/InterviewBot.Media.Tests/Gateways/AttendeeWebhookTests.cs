using System.Text;
using System.Text.Json;
using InterviewBot.Media.Gateways;

namespace InterviewBot.Media.Tests.Gateways;

public class AttendeeWebhookTests
{
    // A delivery as attendee sends it (pretty-printed, keys in its own order), with the signature attendee's own
    // signing code (json.dumps sort_keys, ensure_ascii=False, compact; HMAC-SHA256 under the base64-decoded secret) gives.
    private const string Body = """
        {
          "trigger": "participant_events.join_leave",
          "bot_id": "bot_1",
          "idempotency_key": "k1",
          "bot_metadata": { "session_id": "media-x" },
          "data": {
            "participant_uuid": "u-1",
            "participant_name": "Zoë \"Z\" Ångström",
            "participant_is_host": true,
            "event_type": "join",
            "timestamp_ms": 1764064800123,
            "score": 1.5,
            "tags": null
          }
        }
        """;
    private const string Secret = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private const string Signature = "/eyuXpZR8Rpb4/4Ui7QS5D3MXJS3cBpvDRQV3HKcpdI=";

    [Fact]
    public void Canonical_SortsKeys_DropsSpaces_KeepsNonAscii()
    {
        using var doc = JsonDocument.Parse(Body);

        Assert.Equal("""{"bot_id":"bot_1","bot_metadata":{"session_id":"media-x"},"data":{"event_type":"join","participant_is_host":true,"participant_name":"Zoë \"Z\" Ångström","participant_uuid":"u-1","score":1.5,"tags":null,"timestamp_ms":1764064800123},"idempotency_key":"k1","trigger":"participant_events.join_leave"}""",
            AttendeeWebhook.Canonical(doc.RootElement));
    }

    [Fact]
    public void SignatureFromAttendee_Verifies() => Assert.True(AttendeeWebhook.Verify(Encoding.UTF8.GetBytes(Body), Signature, Secret));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void WrongOrMissingSignature_Fails(string? signature) => Assert.False(AttendeeWebhook.Verify(Encoding.UTF8.GetBytes(Body), signature, Secret));

    [Fact]
    public void ChangedBody_Fails() =>
        Assert.False(AttendeeWebhook.Verify(Encoding.UTF8.GetBytes(Body.Replace("\"join\"", "\"leave\"", StringComparison.Ordinal)), Signature, Secret));

    [Fact]
    public void BodyThatIsNotJson_Fails() => Assert.False(AttendeeWebhook.Verify("{oops"u8, Signature, Secret));
}
