using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Media.Gateways;
using InterviewBot.Zoom.Rtms;

namespace InterviewBot.Zoom.Tests.Rtms;

/// <summary>The media socket's messages read from the receive buffer: audio per speaker, keep-alives, and no allocation per chunk (counted bytes, not timed).</summary>
public sealed class RtmsMediaMessageTests
{
    private const long Epoch = 1_764_064_800_000;

    private static byte[] Audio(JsonNode userId, string? name, string data, long timestamp) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["msg_type"] = 14,
        ["content"] = new JsonObject { ["user_id"] = userId, ["user_name"] = name, ["data"] = data, ["timestamp"] = timestamp },
    }.ToJsonString());

    [Fact]
    public void Audio_IsTheSpeakersPcm_AtMediaTimeFromTheFirstStamp()
    {
        using var chunk = new GatewayChunk();
        var clock = new RtmsStreamClock();
        var pcm = Convert.ToBase64String([1, 0, 255, 255, 0, 128]); // 1, -1, -32768; '+' and '/' come escaped from the serializer

        Assert.Equal(RtmsMediaKind.Audio, RtmsMediaMessage.Read(Audio(16778240, "Dana", pcm, Epoch), chunk, clock, out _));
        Assert.Equal(RtmsMediaKind.Audio, RtmsMediaMessage.Read(Audio(16778240, "Dana", pcm, Epoch + 1500), chunk, clock, out _));

        Assert.Equal(("zoom:16778240", "Dana", TimeSpan.FromSeconds(1.5)), (chunk.ParticipantKey, chunk.Name, chunk.MediaTime));
        Assert.Equal([1, -1, short.MinValue], chunk.Samples());
    }

    [Fact]
    public void Audio_WithAStringUserId_KeepsTheIdsJsonText() =>
        Assert.Equal("zoom:\"u-7\"", ReadOne(Audio("u-7", null, "AAA=", Epoch)).ParticipantKey);

    [Theory]
    [InlineData("%%%")]
    [InlineData("AAEC")]
    [InlineData("")]
    public void Audio_WithAChunkThatIsNotPcm16_IsSkipped(string data)
    {
        using var chunk = new GatewayChunk();

        Assert.Equal(RtmsMediaKind.Other, RtmsMediaMessage.Read(Audio(1, "Dana", data, Epoch), chunk, new RtmsStreamClock(), out _));
    }

    [Theory]
    [InlineData("{\"msg_type\":14,\"content\":{\"data\":\"AAA=\",\"timestamp\":1}}")]
    [InlineData("{\"msg_type\":14,\"content\":{\"user_id\":1,\"timestamp\":1}}")]
    [InlineData("{\"msg_type\":14,\"content\":{\"user_id\":1,\"data\":\"AAA=\"}}")]
    [InlineData("{\"msg_type\":12}")]
    [InlineData("{\"msg_type\":14,\"content\":{}} {}")]
    public void Message_MissingWhatTheProtocolRequires_IsABrokenStream(string message)
    {
        using var chunk = new GatewayChunk();

        Assert.ThrowsAny<JsonException>(() => RtmsMediaMessage.Read(Encoding.UTF8.GetBytes(message), chunk, new RtmsStreamClock(), out _));
    }

    [Fact]
    public void KeepAlive_IsAnsweredWithItsTimestamp()
    {
        using var chunk = new GatewayChunk();
        Assert.Equal(RtmsMediaKind.KeepAlive, RtmsMediaMessage.Read("{\"timestamp\":2222,\"msg_type\":12}"u8, chunk, new RtmsStreamClock(), out var timestamp));

        var answer = new byte[64];
        var node = JsonNode.Parse(answer.AsSpan(0, RtmsMediaMessage.WriteKeepAliveAnswer(answer, timestamp)));

        Assert.Equal((13, 2222L), (node!["msg_type"]!.GetValue<int>(), node["timestamp"]!.GetValue<long>()));
    }

    [Fact]
    public void OtherMessageTypes_AreIgnored()
    {
        using var chunk = new GatewayChunk();

        Assert.Equal(RtmsMediaKind.Other, RtmsMediaMessage.Read("{\"msg_type\":16,\"content\":{\"user_id\":1}}"u8, chunk, new RtmsStreamClock(), out _));
    }

    [Fact]
    public void SteadyAudio_AllocatesNothing()
    {
        var messages = new[] { Audio(16778240, "Dana", Convert.ToBase64String(new byte[640]), Epoch), Audio(16779264, "Sam", Convert.ToBase64String(new byte[640]), Epoch) };
        using var chunk = new GatewayChunk();
        var clock = new RtmsStreamClock();
        foreach (var message in messages) Assert.Equal(RtmsMediaKind.Audio, RtmsMediaMessage.Read(message, chunk, clock, out _)); // first sight: keys and names become strings

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++) RtmsMediaMessage.Read(messages[i % 2], chunk, clock, out _);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static GatewayChunk ReadOne(byte[] message)
    {
        var chunk = new GatewayChunk();
        Assert.Equal(RtmsMediaKind.Audio, RtmsMediaMessage.Read(message, chunk, new RtmsStreamClock(), out _));
        return chunk;
    }
}
