using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// Finds a number that counts or measures something ("fourteen part-timers", "$50k", "twice a month",
/// "six of us"). Dates, years, clock times, ordinals, versions and "two weeks ago" are references, not
/// quantities, and "one" is usually an article ("one baker called in sick").
/// </summary>
public static partial class QuantityDetector
{
    private static readonly FrozenSet<string> s_numberWords = new[]
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "dozen", "dozens", "hundreds", "thousands", "half",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words after a number that show it is not a count: a clock time, a pronoun starting a new clause, "ago".
    private static readonly FrozenSet<string> s_notCounted = new[]
    {
        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock", "i", "we", "you", "he", "she", "they", "it", "and", "or", "the",
        "to", "in", "on", "at", "for", "with", "but", "so", "then", "when", "is", "was", "are", "were", "by", "this", "that",
        "if", "because", "until", "before", "after", "thirty", "fifteen", "forty-five", "sharp", "tonight", "tomorrow",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words before a number that make it a clock time ("at five", "by three"), unless a plural noun follows ("from twelve no-shows").
    private static readonly FrozenSet<string> s_clockLead = new[]
    {
        "at", "by", "until", "till", "around", "since", "before", "after", "from", "past",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words before a number that make it a name or an identifier ("bay 41", "machine seven", "the 5").
    private static readonly FrozenSet<string> s_identifierLead = new[]
    {
        "the", "version", "v", "an",
        "machine", "bay", "room", "line", "gate", "door", "aisle", "table", "truck", "unit", "level", "floor", "number", "no",
        "page", "step", "phase", "grade", "channel", "route", "zone", "lane", "dock", "station", "suite", "building", "exit", "highway",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool HasQuantity(string normalized)
    {
        if (Money().IsMatch(normalized) || Frequency().IsMatch(normalized)) return true;
        var words = Token().Matches(normalized).Select(m => m.Value).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (!IsNumber(words[i], out var isYear) || isYear) continue;
            var lead = i > 0 ? words[i - 1] : "";
            var next = NextNonNumber(words, i, out var after);
            if (next is null || s_notCounted.Contains(next)) continue;
            if (s_identifierLead.Contains(lead)) continue;
            if (s_clockLead.Contains(lead) && !IsPlural(next)) continue;
            if (after + 1 < words.Length && words[after + 1] == "ago") continue;
            if (next == "ago") continue;
            return true;
        }
        return false;
    }

    private static string? NextNonNumber(string[] words, int i, out int index)
    {
        index = i + 1;
        // Ranges and compounds ("two or three hours", "a hundred and twenty patients") count as one number.
        while (index < words.Length && (IsNumber(words[index], out _) || ((words[index] is "or" or "to" or "and") && index + 1 < words.Length && IsNumber(words[index + 1], out _))))
            index++;
        return index < words.Length ? words[index] : null;
    }

    private static bool IsPlural(string word) => word.Length > 2 && word[^1] == 's' && word[^2] != 's';

    private static bool IsNumber(string word, out bool isYear)
    {
        isYear = false;
        if (char.IsAsciiDigit(word[0]))
        {
            if (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal)
                || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal)) return false;
            if (word.Count(c => c == '.') > 1 || word.Contains(':', StringComparison.Ordinal)) return false; // a version (3.2.1) or a clock time (9:40)
            isYear = word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal)) && word.All(char.IsAsciiDigit);
            return true;
        }
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return s_numberWords.Contains(dash > 0 ? word[..dash] : word);
    }

    [GeneratedRegex(@"\$\s?\d|\d\s?%|\b\d[\d,.]*\s?(?:k|m)\b|\b\d[\d,.]*\s+(?:dollars|bucks|euros|pounds|grand|percent)\b|\b(?:" +
        @"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[\s-]\w+)?\s+(?:dollars|bucks|grand|percent|k)\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:once|twice|three times|four times|\d+ times|(?:two|three|four|five|six|seven|eight|nine|ten) times) (?:a|an|per|every) (?:day|week|month|year|quarter|shift|hour)\b")]
    private static partial Regex Frequency();

    [GeneratedRegex(@"[a-z0-9$][a-z0-9$%.,:'\-]*(?<![.,:])")]
    private static partial Regex Token();
}
