using System.Diagnostics;
using InterviewBot.Core.Audio.Wav;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Server.Tests.TestSupport;

/// <summary>
/// The bundled two-speaker script (Dana interviews Sam) spoken by espeak-ng through scripts/make-interview-audio.sh,
/// as 16 kHz PCM16 per speaker, and the nudges its WAV replay gives: what every live door must reproduce.
/// </summary>
internal static class SpokenInterview
{
    public const string Goal = "understand how delivery companies plan routes";
    private static readonly Lazy<PcmAudio> s_audio = new(Make);

    public static PcmAudio Audio => s_audio.Value;

    /// <summary>Dana (index 0) and Sam (index 1) as PCM16 sample arrays.</summary>
    public static short[][] Channels => Audio.Channels.Select(c => c.Select(x => (short)Math.Clamp(Math.Round(x * 32767.0), short.MinValue, short.MaxValue)).ToArray()).ToArray();

    /// <summary>The nudges of replaying the WAV with the same participants (ids dana and sam).</summary>
    public static IReadOnlyList<Nudge> NudgesFromWav()
    {
        Participant[] people = [new("dana", "Dana", ParticipantRole.Interviewer), new("sam", "Sam", ParticipantRole.Interviewee)];
        var session = CoachFactory.CreateSession();
        foreach (var e in AudioSession.Events(Audio, people, "wav", new SessionSetup(Goal: Goal))) session.Apply(e);
        return session.Nudges;
    }

    private static PcmAudio Make()
    {
        var dir = Directory.CreateTempSubdirectory("ib-spoken-").FullName;
        var wav = Path.Combine(dir, "dispatch.wav");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "scripts", "make-interview-audio.sh"), Path.Combine(AppContext.BaseDirectory, "samples", "audio", "dispatch-interview.txt"), wav })
            start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error.Result);
        }
        var read = WavReader.Read(File.ReadAllBytes(wav), wav);
        Directory.Delete(dir, recursive: true);
        Assert.True(read.IsSuccess, read.Error);
        return read.Audio;
    }
}
