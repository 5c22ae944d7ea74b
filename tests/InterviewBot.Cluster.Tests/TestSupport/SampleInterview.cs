using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Cluster.Tests.TestSupport;

/// <summary>A bundled sample interview as the events a live session posts, and the journal lines they must become.</summary>
internal static class SampleInterview
{
    public static IReadOnlyList<SessionEvent> Events(string sessionId, string file = "bakery-bad.vtt")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", file);
        var transcript = TranscriptParser.Parse(File.ReadAllText(path), path).Transcript!;
        return TranscriptSession.Events(transcript, sessionId, new SessionSetup("learn how bakeries order flour"), TranscriptSession.Participants(transcript, null).Participants!);
    }

    /// <summary>Every event once, in order, each nudge journaled right after the event that raised it.</summary>
    public static IReadOnlyList<string> ExpectedJournal(IReadOnlyList<SessionEvent> events)
    {
        var session = CoachFactory.CreateSession();
        var lines = new List<string>();
        foreach (var e in events)
        {
            lines.Add(Line(e));
            if (session.Apply(e).Nudge is { } n) lines.Add(Line(new NudgeRaised(n.At, n)));
        }
        return lines;
    }

    public static string Line(SessionEvent e) => System.Text.Encoding.UTF8.GetString(JournalCodec.EncodeLine(e));
}
