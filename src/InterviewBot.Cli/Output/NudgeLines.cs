using InterviewBot.Core.Coaching;

namespace InterviewBot.Cli.Output;

/// <summary>Maps a nudge to its <c>nudges.jsonl</c> shape.</summary>
internal static class NudgeLines
{
    public static NudgeLine From(Nudge nudge, Func<string, string> nameOf) =>
        new(Math.Round(nudge.At.TotalSeconds, 3), nudge.Kind, nameOf(nudge.SpeakerId), nudge.Quote, nudge.Message, nudge.Suggestion);
}
