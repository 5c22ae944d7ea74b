using System.Buffers.Binary;
using System.Text.Json;

namespace InterviewBot.Cli.Tests.Replay;

/// <summary>Replaying a WAV recording: voice activity drives the same session and timing nudges, with no recognizer.</summary>
public sealed class ReplayAudioTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>16 kHz stereo: the interviewer (left) talks 75 s without a break, then the interviewee (right) answers.</summary>
    private string StereoWav() => Wav("call.wav", (5, 80), (81, 115));

    /// <summary>A 120 s, 16 kHz PCM16 WAV with one channel per voiced span (a 140 Hz buzz over faint noise).</summary>
    private string Wav(string name, params (double From, double To)[] voicePerChannel)
    {
        const int rate = 16_000, seconds = 120;
        var channels = voicePerChannel.Length;
        var data = new byte[rate * seconds * 2 * channels];
        var random = new Random(3);
        for (var i = 0; i < rate * seconds; i++)
        {
            var t = (double)i / rate;
            for (var c = 0; c < channels; c++)
            {
                var (from, to) = voicePerChannel[c];
                var voice = t >= from && t < to ? 0.2 * Math.Sin(2 * Math.PI * 140 * t) * (0.7 + 0.3 * Math.Sin(2 * Math.PI * 4 * t)) : 0;
                var noise = (random.NextDouble() - 0.5) * 0.002;
                BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan((i * channels + c) * 2), (short)((voice + noise) * 32767));
            }
        }
        var path = Path.Combine(_temp.Path, name);
        using var w = new BinaryWriter(File.Create(path));
        w.Write("RIFF"u8); w.Write(36 + data.Length); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((ushort)1); w.Write((ushort)channels); w.Write(rate); w.Write(rate * 2 * channels); w.Write((ushort)(2 * channels)); w.Write((ushort)16);
        w.Write("data"u8); w.Write(data.Length); w.Write(data);
        return path;
    }

    [Fact]
    public async Task StereoWav_GivesTimingNudgesAndSaysTextNeedsARecognizer()
    {
        var wav = StereoWav();
        var outDir = Path.Combine(_temp.Path, "out");

        var result = await Cli.RunAsync("replay", wav, "--speakers", "Priya, Marcus", "--out", outDir, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no speech recognizer is configured", result.Error, StringComparison.Ordinal);
        var nudges = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var monologue = Assert.Single(nudges, n => n.GetProperty("nudge").GetString() == "monologue");
        Assert.Equal("Priya", monologue.GetProperty("speaker").GetString());
        Assert.InRange(monologue.GetProperty("time").GetDouble(), 65, 66.1); // a monologue from 65 s: sent with the next tick, fresh or never
        Assert.True(File.Exists(Path.Combine(outDir, "report.json")));
    }

    [Fact]
    public async Task ConfiguredRecognizerThatCannotBeReached_LeavesGapsInTheJournalAndStillReports()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var outDir = Path.Combine(_temp.Path, "out");
        var settings = new Dictionary<string, string?>
        {
            ["Speech:Provider"] = "azure",
            ["Speech:Endpoint"] = $"http://127.0.0.1:{port}",
            ["Speech:Key"] = "k",
            ["Speech:MaxRetries"] = "1",
            ["Speech:RetryBaseDelay"] = "00:00:00.010",
        };

        var result = await Cli.RunWithSettingsAsync(settings, "replay", StereoWav(), "--speakers", "Priya,Marcus", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("no speech recognizer is configured", result.Error, StringComparison.Ordinal);
        var journal = File.ReadAllText(Path.Combine(outDir, "call.journal.jsonl"));
        Assert.Contains("\"type\":\"transcript_gap\"", journal, StringComparison.Ordinal);
        Assert.Contains("NOTE gap: ", File.ReadAllText(Path.Combine(outDir, "transcript.vtt")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "snapshot.md")));
    }

    [Fact]
    public async Task OneMonoWavPerSpeaker_ReplaysAsOneRecording_NamedAfterTheFiles()
    {
        var priya = Wav("priya.wav", (5, 80));
        var marcus = Wav("marcus.wav", (81, 115));

        var result = await Cli.RunAsync("replay", "--audio", priya, "--audio", marcus, "--out", Path.Combine(_temp.Path, "o"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var nudges = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var monologue = Assert.Single(nudges, n => n.GetProperty("nudge").GetString() == "monologue");
        Assert.Equal("priya", monologue.GetProperty("speaker").GetString());
        Assert.InRange(monologue.GetProperty("time").GetDouble(), 65, 66.1);
    }

    [Fact]
    public async Task StereoFileAsAnAudioTrack_ExitsTwo()
    {
        var result = await Cli.RunAsync("replay", "--audio", StereoWav(), "--audio", Wav("b.wav", (1, 2)), "--out", Path.Combine(_temp.Path, "o"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has 2 channels; --audio takes one mono WAV per speaker", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FileAndAudioTogether_OrNeither_ExitTwo(bool both)
    {
        var track = Wav("a.wav", (1, 2));
        string[] args = both ? ["replay", StereoWav(), "--audio", track] : ["replay", "--speed", "max"];

        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(both ? "not both" : "give a recording to replay", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpeakerNamesNotMatchingTheChannels_ExitTwo()
    {
        var result = await Cli.RunAsync("replay", StereoWav(), "--speakers", "Priya", "--out", Path.Combine(_temp.Path, "o"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has 2 channel(s) but --speakers names 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedWav_ExitsTwoWithWhatIsMissing()
    {
        var wav = StereoWav();
        var bytes = File.ReadAllBytes(wav);
        File.WriteAllBytes(wav, bytes[..(bytes.Length - 1000)]);

        var result = await Cli.RunAsync("replay", wav, "--out", Path.Combine(_temp.Path, "o"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("truncated: the 'data' chunk declares", result.Error, StringComparison.Ordinal);
    }
}
