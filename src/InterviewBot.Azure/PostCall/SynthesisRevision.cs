using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Synthesis;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.PostCall;

/// <summary>
/// Applies the model's proposal to the embedded synthesis under three rules: a theme is only ever a merge of
/// embedded groups (so every quote in it is one the embedded step found verbatim), a merged theme keeps every quote
/// and interview of its groups, and a quote the model wrote that is not one of them is dropped. A group the model
/// left out stays as it was; a name that is empty, too long, or names a name or number nobody said falls back. A merged
/// theme also keeps its groups' numbers and pains, and the opportunity tree and disagreements follow the new themes.
/// </summary>
internal static class SynthesisRevision
{
    public const int MaxNameWords = 12;
    private const int MaxNameChars = 120;

    /// <param name="embedded">The embedded synthesis.</param>
    /// <param name="interviews">The interviews it was made from.</param>
    /// <param name="sent">The groups the model was shown (G1 is the first), themes then leads.</param>
    /// <param name="draft">The model's answer.</param>
    /// <param name="logger">Where every dropped quote and every fallback is logged.</param>
    public static SynthesisResult Apply(SynthesisResult embedded, IReadOnlyList<InterviewEvidence> interviews, IReadOnlyList<Theme> sent, LlmSynthesisDraft draft,
        ILogger logger)
    {
        var used = new bool[sent.Count];
        var revised = new List<Theme>();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var proposal in draft.Themes ?? [])
        {
            if (proposal is null) continue;
            // A group is one theme's at most: a number given twice, or out of range, is ignored.
            var members = (proposal.Groups ?? []).Where(g => g >= 1 && g <= sent.Count && !used[g - 1]).Distinct().ToList();
            if (members.Count == 0) continue;
            foreach (var m in members) used[m - 1] = true;
            var parts = members.Select(m => sent[m - 1]).ToList();
            var merged = Merge(parts, proposal, logger);
            foreach (var p in parts) renamed.TryAdd(p.Name, merged.Name);
            revised.Add(merged);
        }
        revised.AddRange(sent.Where((_, i) => !used[i]));
        revised.AddRange(embedded.Themes.Concat(embedded.Leads).Skip(sent.Count));
        // As the embedded synthesis orders them: most interviews first, then most quotes (OrderBy is stable: the model's order breaks ties).
        var themes = revised.Where(t => t.Interviews.Count >= 2).OrderByDescending(t => t.Interviews.Count).ThenByDescending(t => t.Quotes.Count).ToList();
        return RevisedSynthesis.With(embedded, interviews, themes, revised.Where(t => t.Interviews.Count < 2).ToList(), renamed);
    }

    private static Theme Merge(List<Theme> parts, LlmThemeDraft proposal, ILogger logger)
    {
        var evidence = parts.SelectMany(p => p.Quotes).Distinct().ToList();
        var picked = new List<ThemeQuote>();
        foreach (var wanted in proposal.Quotes ?? [])
        {
            if (string.IsNullOrWhiteSpace(wanted)) continue;
            // The quote kept is always the embedded one, in the transcript's own characters, never the model's string.
            if (evidence.FirstOrDefault(e => Matches(e.Text, wanted)) is not { } found)
            {
                Log.ThemeQuoteNotGrounded(logger, wanted);
                continue;
            }
            if (!picked.Contains(found)) picked.Add(found);
        }
        var quotes = picked.Concat(evidence.Where(e => !picked.Contains(e))).ToList();
        var interviews = parts.SelectMany(p => p.Interviews).Distinct(StringComparer.Ordinal).ToList();
        return parts[0] with
        {
            Name = Name(proposal.Name, quotes, parts[0].Name, logger),
            Interviews = interviews,
            Quotes = quotes,
            Numbers = parts.SelectMany(p => p.Numbers).Distinct().ToList(),
            PainsAndNeeds = parts.Sum(p => p.PainsAndNeeds),
        };
    }

    /// <summary>The model's quote is the evidence quote, or a contiguous part of it of three words or more; typographic quotes may differ.</summary>
    private static bool Matches(string evidence, string wanted)
    {
        var e = Plain(evidence);
        var w = Plain(wanted).Trim().Trim('"').Trim();
        return w.Length > 0 && (e == w || (w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && e.Contains(w, StringComparison.Ordinal)));
    }

    private static string Plain(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').Trim();

    private static string Name(string? proposed, IReadOnlyList<ThemeQuote> quotes, string fallback, ILogger logger)
    {
        var name = proposed?.Trim() ?? "";
        var reason = name.Length == 0 ? "empty"
            : name.Contains('\n', StringComparison.Ordinal) || name.Length > MaxNameChars || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxNameWords ? "too long"
            : FactGrounding.Untraceable(name, quotes.Select(q => q.Text).ToList()) is { Count: > 0 } untraceable ? $"names {string.Join(", ", untraceable)}, which no quote says"
            : null;
        if (reason is null) return name;
        Log.ThemeNameFellBack(logger, fallback, reason);
        return fallback;
    }
}
