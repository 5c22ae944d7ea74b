using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Benchmarks;

/// <summary>The bundled interviews, loaded once, as utterances with roles and as replay events.</summary>
internal static class SampleData
{
    public static Transcript Load(string name, string folder = "samples") =>
        TranscriptParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, folder, name)), name).Transcript
        ?? throw new InvalidOperationException($"sample {name} did not parse");

    /// <summary>Every utterance of every sample with its role and the other side's previous words.</summary>
    public static (string Text, ParticipantRole Role, string? Previous)[] Utterances()
    {
        var list = new List<(string, ParticipantRole, string?)>();
        foreach (var name in new[] { "bakery-bad.vtt", "logistics-good.vtt", "clinic-mixed-zoom.vtt" })
        {
            var t = Load(name);
            var interviewer = t.Speakers[0];
            string? previous = null;
            string? previousSpeaker = null;
            foreach (var cue in t.Cues)
            {
                list.Add((cue.Text, cue.Speaker == interviewer ? ParticipantRole.Interviewer : ParticipantRole.Interviewee, cue.Speaker != previousSpeaker ? previous : null));
                previous = cue.Text;
                previousSpeaker = cue.Speaker;
            }
        }
        return [.. list];
    }

    /// <summary>A long interview: a transcript (by default the bakery sample) back to back until it lasts <paramref name="minutes"/>.</summary>
    public static IReadOnlyList<SessionEvent> LongReplay(int minutes, string name = "bakery-bad.vtt", string folder = "samples")
    {
        var t = Load(name, folder);
        var cues = new List<TranscriptCue>();
        var period = t.Duration + TimeSpan.FromSeconds(2);
        for (var offset = TimeSpan.Zero; offset < TimeSpan.FromMinutes(minutes); offset += period)
            cues.AddRange(t.Cues.Select(c => c with { Start = c.Start + offset, End = c.End + offset }));
        var longOne = new Transcript("long", t.Format, cues);
        var cast = TranscriptSession.Participants(longOne, null).Participants;
        return TranscriptSession.Events(longOne, "bench", new SessionSetup(PlannedMinutes: minutes), cast);
    }
}
