using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;
using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Cli.Bench;

/// <summary>Makes a long interview for benchmarks by repeating a real one back to back until it is long enough.</summary>
internal static class LongTranscript
{
    public static string BuildVtt(Transcript source, TimeSpan length)
    {
        var gap = TimeSpan.FromSeconds(2);
        var period = source.Duration + gap;
        var utterances = new List<Utterance>();
        for (var offset = TimeSpan.Zero; offset < length; offset += period)
        {
            foreach (var cue in source.Cues)
                utterances.Add(new Utterance(cue.Speaker, cue.Start + offset, cue.End + offset, cue.Text));
        }
        return WebVttWriter.Write(utterances, name => name);
    }
}
