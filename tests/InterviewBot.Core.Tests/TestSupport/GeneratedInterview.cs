using System.Diagnostics;
using InterviewBot.Core.Audio.Wav;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.TestSupport;

/// <summary>
/// The bundled two-speaker script (samples/audio/dispatch-interview.txt) spoken by espeak-ng into a stereo WAV
/// by the repo's own scripts/make-interview-audio.sh, with the transcript of its exact turn boundaries.
/// Made once per noise level per test run.
/// </summary>
internal sealed record GeneratedInterview(PcmAudio Audio, Transcript Transcript)
{
    public const string Interviewer = "Dana";
    public const string Interviewee = "Sam";
    private static readonly Dictionary<string, GeneratedInterview> s_cache = [];
    private static readonly Lock s_lock = new();

    /// <summary>The interview with pink noise at <paramref name="noiseDb"/> dBFS on both channels, or none when null.</summary>
    public static GeneratedInterview WithNoise(int? noiseDb) => Spoken("dispatch-interview.txt", noiseDb);

    /// <summary>Another bundled script from samples/audio, spoken the same way.</summary>
    public static GeneratedInterview Spoken(string script, int? noiseDb = null)
    {
        var key = Path.GetFileNameWithoutExtension(script) + "-" + (noiseDb?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "clean");
        lock (s_lock)
        {
            if (s_cache.TryGetValue(key, out var cached)) return cached;
            var dir = Path.Combine(Path.GetTempPath(), $"interviewbot-audio-{Environment.ProcessId}");
            Directory.CreateDirectory(dir);
            var wav = Path.Combine(dir, $"{key}.wav");
            var args = new List<string> { Path.Combine(AppContext.BaseDirectory, "scripts", "make-interview-audio.sh"), Samples.PathOf(Path.Combine("audio", script)), wav };
            if (noiseDb is int db) args.AddRange(["--noise-db", db.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            Run("bash", args);
            var audio = WavReader.Read(File.ReadAllBytes(wav), wav);
            Assert.True(audio.IsSuccess, audio.Error);
            var transcript = TranscriptParser.Parse(File.ReadAllText(Path.ChangeExtension(wav, ".vtt")), key + ".vtt");
            Assert.True(transcript.IsSuccess, transcript.Error?.ToString());
            var made = new GeneratedInterview(audio.Audio!, transcript.Transcript!);
            s_cache[key] = made;
            return made;
        }
    }

    private static void Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"make-interview-audio.sh failed ({process.ExitCode}): {stderr.Result}");
    }
}
