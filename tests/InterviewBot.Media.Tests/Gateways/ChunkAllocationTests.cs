using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Media.Gateways;

namespace InterviewBot.Media.Tests.Gateways;

/// <summary>The gateway chunk path allocates nothing per chunk once a connection has seen its speakers (counted bytes, not timed).</summary>
public class ChunkAllocationTests
{
    private static readonly DateTimeOffset s_started = DateTimeOffset.FromUnixTimeMilliseconds(1_764_064_800_000);
    private static readonly string s_pcm = Convert.ToBase64String(new byte[640]); // 20 ms of 16 kHz PCM16

    private static long AllocatedOver(IGatewayTranslator translator, byte[] message, int chunks)
    {
        using var chunk = new GatewayChunk();
        for (var i = 0; i < 10; i++) Assert.True(translator.Translate(message, s_started, chunk, out _)); // first sight: the key and name become strings
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < chunks; i++) translator.Translate(message, s_started, chunk, out _);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Attendee_SteadyChunks_AllocateNothing()
    {
        var message = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["trigger"] = "realtime_audio.per_participant", ["bot_id"] = "b",
            ["data"] = new JsonObject { ["participant_uuid"] = "u-1", ["chunk"] = s_pcm, ["timestamp_ms"] = 1_764_064_812_500, ["sample_rate"] = 16000 },
        }.ToJsonString());

        Assert.Equal(0, AllocatedOver(new AttendeeTranslator(), message, 10_000));
    }

    [Fact]
    public void Recall_SteadyChunks_AllocateNothing()
    {
        var message = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["event"] = "audio_separate_raw.data",
            ["data"] = new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["buffer"] = s_pcm, ["timestamp"] = new JsonObject { ["relative"] = 3.25 },
                    ["participant"] = new JsonObject { ["id"] = 100, ["name"] = "Dana", ["is_host"] = true },
                },
            },
        }.ToJsonString());

        Assert.Equal(0, AllocatedOver(new RecallTranslator(), message, 10_000));
    }

    [Fact]
    public void Chunk_SameSpeakerTwice_IsTheSameKeyString()
    {
        using var chunk = new GatewayChunk();
        var first = chunk.Text("attendee:"u8, "u-1"u8);

        Assert.Same(first, chunk.Text("attendee:"u8, "u-1"u8));
    }
}
