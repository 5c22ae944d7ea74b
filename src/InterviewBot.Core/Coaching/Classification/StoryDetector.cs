using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// A story is one specific past event, told with past-tense actions: anchored in time ("last Tuesday",
/// "two Sundays ago", "in March", "that night"), or told in answer to "what happened next?". Habits
/// ("usually", "every afternoon") without a firm anchor, bare statistics and plans are not stories.
/// </summary>
public static partial class StoryDetector
{
    public static bool IsStory(UtteranceText u, string? previousText)
    {
        var text = u.Normalized;
        if (Statistic().IsMatch(text) || Plan().IsMatch(text)) return false;
        var actions = Action().Count(text);
        if (actions == 0) return false;
        var firm = FirmAnchor().IsMatch(text);
        if (firm && u.WordCount >= 6) return true;
        if (Habit().IsMatch(text)) return false;
        if (LooseAnchor().IsMatch(text) && u.WordCount >= 8) return true;
        // Asked for the next part of a story, a run of past actions is the story going on.
        return previousText is not null && AsksForStory().IsMatch(previousText.ToLowerInvariant()) && actions >= 2 && u.WordCount >= 8;
    }

    private const string Day = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private const string Month = "january|february|march|april|may|june|july|august|september|october|november|december";

    [GeneratedRegex(@"\b(?:last (?:week|month|year|night|time|spring|summer|fall|autumn|winter|quarter|weekend|valentine's day|christmas|" + Day + "|" + Month + @")|yesterday|this morning|earlier today|(?:two|three|four|a few|a couple of|couple of|a couple) (?:days|weeks|months|years|" + Day + @"s) ago|" + Day + @" before last|on (?:a )?(?:" + Day + @")\b|\bon the \d+(?:st|nd|rd|th)\b|\b(?:in|back in|early|late) (?:" + Month + @")\b|^(?:" + Day + @")\b|^(?:" + Month + @")\b|\b(?:back )?in (?:19|20)\d\d\b)")]
    private static partial Regex FirmAnchor();

    [GeneratedRegex(@"\b(?:that (?:same )?(?:morning|afternoon|evening|night|day|week|weekend)|the (?:week|day|night|" + Day + @"|weekend) (?:before|after) (?!that)\w+|(?:the )?(?:first|second|third) (?:week|day|night|" + Day + @"|time)\b|\bone (?:time|day|morning|night|evening|" + Day + @")\b|\bthere was (?:one|this) (?:time|day|night)\b|(?:" + Day + @")(?:s)? (?:morning|afternoon|night|evening))\b")]
    private static partial Regex LooseAnchor();

    [GeneratedRegex(@"\b(?:(?!(?:need|used|seed|feed|speed|bed|red|shed|indeed|ted)\b)[a-z]{3,}ed|went|came|called|got|did|made|took|spent|drove|sat|showed|found|bought|threw|left|slept|told|gave|kept|broke|lost|won|sent|paid|saw|heard|met|began|caught|forgot|fell|rang|wrote|said|thought|felt|knew|hit|quit|stood|brought|sold|led|fed|held|chose|woke|flew|ran|died|cried)\b")]
    private static partial Regex Action();

    [GeneratedRegex(@"\b(?:usually|typically|normally|generally|always|every (?:day|week|morning|afternoon|evening|night|month)|most (?:days|weeks|nights|of the time))\b")]
    private static partial Regex Habit();

    [GeneratedRegex(@"\b(?:lower|higher|more|less|fewer|cheaper) than\b|\bagainst \d|\bcompared (?:to|with)\b")]
    private static partial Regex Statistic();

    [GeneratedRegex(@"\b(?:i'll|we'll|i will|we will|put me down|let's|for (?:" + Day + @") at)\b")]
    private static partial Regex Plan();

    [GeneratedRegex(@"\b(?:what happened|what did you do|what did you end up|do you remember what|walk me through|tell me about the last|afterwards|what came next|and then what)\b")]
    private static partial Regex AsksForStory();
}
