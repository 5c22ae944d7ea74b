using InterviewBot.Core.Coaching;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Replay;

/// <summary>Replays a transcript straight through a fresh session in memory: no journal, no sinks. For evaluation and tests.</summary>
public static class TranscriptReplay
{
    public static ReplayResult Run(Transcript transcript, string? interviewer, SessionSetup setup, string sessionId = "replay")
    {
        var cast = TranscriptSession.Participants(transcript, interviewer);
        if (cast.Error is { } error) return new ReplayResult(null, error);
        var session = CoachFactory.CreateSession();
        foreach (var e in TranscriptSession.Events(transcript, sessionId, setup, cast.Participants)) session.Apply(e);
        return new ReplayResult(session, null);
    }
}

/// <summary>The replayed session, or why the transcript could not be replayed.</summary>
public sealed record ReplayResult(InterviewSession? Session, string? Error);
