using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Azure.Tests;

/// <summary>A bundled sample interview replayed through the coach: the finished session the post-call writers are given.</summary>
internal static class ReplayedSample
{
    public static InterviewSession Session(string file, SessionSetup setup, string sessionId)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", file);
        var transcript = TranscriptParser.Parse(File.ReadAllText(path), path).Transcript!;
        return TranscriptReplay.Run(transcript, null, setup, sessionId).Session!;
    }
}
