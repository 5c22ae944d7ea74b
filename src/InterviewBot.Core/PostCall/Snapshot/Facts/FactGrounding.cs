using System.Text.RegularExpressions;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>
/// The check for a line written in other words (an LLM's summary): every name and number in it must be one the
/// interviewee said. A line naming a product nobody mentioned, or a number nobody gave, is not traceable.
/// </summary>
public static partial class FactGrounding
{
    /// <summary>The names and numbers in <paramref name="line"/> that none of <paramref name="said"/> contains.</summary>
    public static IReadOnlyList<string> Untraceable(string line, IReadOnlyList<string> said)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(said);
        var everything = string.Join('\n', said).Replace('\u2019', '\'');
        bool Said(string term, bool word) => word
            ? Regex.IsMatch(everything, $@"(?<![\w]){Regex.Escape(term)}(?![\w])", RegexOptions.IgnoreCase)
            : everything.Contains(term, StringComparison.OrdinalIgnoreCase);
        var missing = new List<string>();
        foreach (var name in Names(line))
            if (!Said(name, word: false)) missing.Add(name);
        foreach (Match n in Digits().Matches(line))
            if (!Said(n.Value, word: true)) missing.Add(n.Value);
        foreach (var number in NumberFinder.Find(line).Select(t => t.Term.Split(' ')[0]).Where(w => !w.Any(char.IsDigit)))
            if (!Said(number, word: true)) missing.Add(number);
        return missing.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>True when the line carries a name or a number at all.</summary>
    public static bool CarriesFact(string line) => Names(line).Any() || Digits().IsMatch(line) || NumberFinder.Find(line ?? "").Count > 0;

    // Capitalised words after the first, acronyms and mixed case anywhere: what a reader takes for a name.
    private static IEnumerable<string> Names(string line) =>
        NamedThingFinder.Find(line, new HashSet<string>()).Select(t => t.Term).Where(t => t.Any(char.IsUpper));

    [GeneratedRegex(@"(?<![\w.])\d[\d,.]*%?")]
    private static partial Regex Digits();
}
