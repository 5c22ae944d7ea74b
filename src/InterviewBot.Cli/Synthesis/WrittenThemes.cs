using System.Text.Json;
using System.Text.RegularExpressions;

namespace InterviewBot.Cli.Synthesis;

/// <summary>A theme a researcher wrote down before the run: its name, who raised it, and the term groups its quotes must carry.</summary>
internal sealed record WrittenTheme(string Name, IReadOnlyList<string> Interviews, IReadOnlyList<string> Terms)
{
    /// <summary>True when every term group ('a|b' = either) starts a word somewhere in <paramref name="text"/> (one quote), ignoring case.</summary>
    public bool CarriedBy(string text) =>
        Terms.All(group => group.Split('|').Any(term =>
            Regex.IsMatch(text, $"(?<![A-Za-z]){Regex.Escape(term.Trim())}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));

    /// <summary>
    /// How strongly a synthesised theme's quotes are about this theme: the number of interviews whose quote, on its
    /// own, carries every term; zero unless two or more interviews do and those quotes are at least half of all.
    /// </summary>
    public int SupportIn(IReadOnlyList<(string Interview, string Text)> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var carrying = quotes.Where(q => CarriedBy(q.Text)).ToList();
        var interviews = carrying.Select(q => q.Interview).Distinct(StringComparer.Ordinal).Count();
        return interviews >= 2 && 2 * carrying.Count >= quotes.Count ? interviews : 0;
    }

    /// <summary>The themes of a <c>themes/*.json</c> file, or why it cannot be read.</summary>
    public static (IReadOnlyList<WrittenTheme>? Themes, string? Error) Parse(string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (!doc.RootElement.TryGetProperty("themes", out var themes) || themes.ValueKind != JsonValueKind.Array)
                return (null, $"{path}: no \"themes\" array");
            var list = new List<WrittenTheme>();
            foreach (var t in themes.EnumerateArray())
            {
                if (!t.TryGetProperty("name", out var name) || !t.TryGetProperty("terms", out var terms) || terms.ValueKind != JsonValueKind.Array)
                    return (null, $"{path}: a theme without \"name\" and \"terms\"");
                var interviews = t.TryGetProperty("interviews", out var iv) ? iv.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                list.Add(new WrittenTheme(name.GetString()!, interviews, terms.EnumerateArray().Select(x => x.GetString()!).ToList()));
            }
            return (list, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (null, $"{path}: not a themes file ({ex.Message})");
        }
    }
}
