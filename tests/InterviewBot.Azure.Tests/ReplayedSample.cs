using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Azure.Tests;

/// <summary>A bundled sample interview replayed through the coach: the finished session the post-call writers are given.</summary>
internal static class ReplayedSample
{
    public static InterviewSession Session(string file, SessionSetup setup, string sessionId) =>
        TranscriptReplay.Run(Transcript(file), null, setup, sessionId).Session!;

    /// <summary>The events a replay of the sample posts, in order (start, speech, utterances, ticks, end).</summary>
    public static IReadOnlyList<Core.Sessions.Events.SessionEvent> Events(string file, SessionSetup setup, string sessionId)
    {
        var transcript = Transcript(file);
        return TranscriptSession.Events(transcript, sessionId, setup, TranscriptSession.Participants(transcript, null).Participants!);
    }

    private static Core.Transcripts.Transcript Transcript(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", file);
        return TranscriptParser.Parse(File.ReadAllText(path), path).Transcript!;
    }
}
