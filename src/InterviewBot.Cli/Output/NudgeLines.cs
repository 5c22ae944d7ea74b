using InterviewBot.Core.Coaching;

namespace InterviewBot.Cli.Output;

/// <summary>Maps a nudge to its <c>nudges.jsonl</c> shape: an update of a card already shown carries <c>"updates"</c> (that card's id) and its count.</summary>
internal static class NudgeLines
{
    public static NudgeLine From(Nudge nudge, Func<string, string> nameOf) =>
        new(Math.Round(nudge.At.TotalSeconds, 3), nudge.Kind, nameOf(nudge.SpeakerId), nudge.Quote, nudge.Message, nudge.Suggestion,
            nudge.Id, Math.Round(nudge.Moment.TotalSeconds, 3), nudge.Updates, nudge.IsUpdate ? nudge.Count : 0);
}
