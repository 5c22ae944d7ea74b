using System.Text.RegularExpressions;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>
/// Finds numbers with their unit in a sentence: "60 million rows", "about 12 members", "$400 a month", "95%",
/// "once a day", "in 2008", "three months later". The term is the speaker's own words, number plus unit.
/// Pronoun "one", ordinals and "two-way" style compounds are not numbers.
/// </summary>
public static partial class NumberFinder
{
    private static readonly HashSet<string> NotUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "so", "the", "a", "an", "to", "of", "in", "on", "at", "for", "is", "are", "was", "were", "it", "that", "this", "i", "we",
        "you", "they", "he", "she", "if", "then", "than", "like", "just", "or", "um", "uh", "yeah", "right", "okay", "because", "which", "who", "with",
        "from", "by", "as", "be", "been", "will", "would", "can", "could", "has", "have", "had", "do", "does", "did", "not", "no", "also", "there",
    };

    /// <summary>The numbers in <paramref name="sentence"/>, each with up to three unit words after it.</summary>
    public static IReadOnlyList<TermSpan> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = new List<TermSpan>();
        foreach (Match m in Frequency().Matches(sentence)) found.Add(new TermSpan(m.Value, m.Index, m.Length));
        foreach (Match m in Number().Matches(sentence))
        {
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)) continue;
            var value = m.Value;
            if (IsCompound(sentence, m) || IsTimestamp(sentence, m)) continue;
            var end = m.Index + m.Length;
            var unitWords = 0;
            var isYear = Year().IsMatch(value);
            var tail = end;
            if (!isYear) foreach (Match w in UnitWord().Matches(sentence[tail..]))
            {
                var absolute = tail + w.Index;
                if (sentence[end..absolute].Trim().Length > 0 || NotUnits.Contains(w.Value) || unitWords == 3 || w.Value.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) break;
                end = absolute + w.Length;
                unitWords++;
                if (w.Value.EndsWith('s') && unitWords >= 1 && !w.Value.EndsWith("ss", StringComparison.Ordinal)) break; // "rows", "members": the unit is complete
            }
            var isWordNumber = !value.Any(char.IsDigit);
            var unit = sentence[(m.Index + m.Length)..end].Trim();
            if (isWordNumber && unitWords == 0 && !NumberWordAlone().IsMatch(value)) continue; // "two" alone is rarely a fact; "hundred" or "million" is
            // "one feature", "two different sets", "a couple of points": small spoken numbers count only with a real unit.
            if (SmallWordNumber().IsMatch(value) && (unitWords == 0 || VagueUnit().IsMatch(unit) || !TimeUnit().IsMatch(unit) && (value.Trim().Equals("one", StringComparison.OrdinalIgnoreCase) || !unit.Split(' ')[^1].EndsWith('s')))) continue;
            found.Add(new TermSpan(sentence[m.Index..end], m.Index, end - m.Index));
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    private static bool IsCompound(string s, Match m)
    {
        var after = m.Index + m.Length;
        if (after < s.Length - 1 && s[after] == '-' && char.IsLetter(s[after + 1])) return !Regex.IsMatch(s[(after + 1)..], @"^(?:year|month|week|day|hour|minute|second|person|man|people|page)s?\b", RegexOptions.IgnoreCase);
        return false;
    }

    private static bool IsTimestamp(string s, Match m) => m.Index + m.Length < s.Length && s[m.Index + m.Length] == ':' && m.Index + m.Length + 1 < s.Length && char.IsDigit(s[m.Index + m.Length + 1]);

    [GeneratedRegex(@"\b(?:once|twice|three times|four times|five times|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) times) (?:a|per|every) (?:day|week|month|year|quarter|hour|minute)\b|\b(?:every|each|per) (?:day|week|month|year|quarter|morning|night|shift)\b|\b(?:daily|weekly|monthly|yearly|annually|quarterly)\b|\b(?:a|one|two|three|couple|few) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) (?:later|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Frequency();

    [GeneratedRegex(@"(?<![\w.:])(?:\$\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|k|K|x))?(?:\s(?:thousand|million|billion|hundred))?(?![\w])|\b(?:a |one |two |three |four |five |six |seven |eight |nine |ten |a couple of |a few )?(?:hundred|thousand|million|billion|dozen)s?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: (?:hundred|thousand|million|billion))?(?: percent)?\b|\b(?:a )?couple(?: of)? (?=\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:a |one )?(?:one|two|three|four|five|six|seven|eight|nine|ten|couple(?: of)?|few)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SmallWordNumber();

    [GeneratedRegex(@"^(?:different|other|more|main|separate|same|things?|ways?|kinds?|types?|sorts?|sets?|points?|parts?|sides?|ones?|pieces?|options?|steps?|questions?|reasons?|examples?|words?|features? (?:of|in)|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueUnit();

    [GeneratedRegex(@"^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|quarters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeUnit();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"[A-Za-z][\w'-]*")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"hundred|thousand|million|billion|dozen|percent", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWordAlone();
}
