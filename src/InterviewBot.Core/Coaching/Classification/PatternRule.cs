using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// One label (or tag) as data: the role it applies to, phrases that show it, and phrases that rule
/// it out. Each rule is tested on its own; the classifier only combines them.
/// </summary>
public sealed class PatternRule
{
    private readonly Regex _matches;
    private readonly Regex? _unless;

    public PatternRule(ParticipantRole role, UtteranceLabels label, StructureTags tag, string matches, string? unless = null, ClauseScope scope = ClauseScope.Whole)
    {
        Role = role;
        Label = label;
        Tag = tag;
        Scope = scope;
        MatchesPattern = matches;
        UnlessPattern = unless;
        _matches = Build(matches);
        _unless = unless is null ? null : Build(unless);
    }

    public ParticipantRole Role { get; }

    /// <summary>The phrases that show the label, as written (tests compare the engines on them).</summary>
    internal string MatchesPattern { get; }

    /// <summary>The phrases that rule it out, as written.</summary>
    internal string? UnlessPattern { get; }

    public UtteranceLabels Label { get; }

    public StructureTags Tag { get; }

    /// <summary>Where the pattern looks: the whole utterance, or only its statement clauses.</summary>
    public ClauseScope Scope { get; }

    public bool Matches(UtteranceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The exception is checked only after a match: both patterns are pure, and most turns match neither.
        return Found(text) && (_unless is null || !_unless.IsMatch(text.Normalized));
    }

    private bool Found(UtteranceText text)
    {
        if (Scope == ClauseScope.Whole) return _matches.IsMatch(text.Normalized);
        foreach (var clause in text.Clauses)
            if (!clause.IsQuestion && _matches.IsMatch(clause.Text)) return true;
        return false;
    }

    /// <summary>
    /// A rule pattern, as an automaton where it can be one: a rule is a long list of phrases, which the backtracking
    /// engine tries at nearly every position, while the automaton reads the text once. Rules are only asked whether
    /// they match, and both engines agree on that; a pattern with lookarounds (which the automaton lacks) backtracks.
    /// </summary>
    private static Regex Build(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }

    public static PatternRule For(ParticipantRole role, UtteranceLabels label, string matches, string? unless = null) =>
        new(role, label, StructureTags.None, matches, unless);

    /// <summary>A rule that only statement clauses can trigger (a pitch is said, not asked).</summary>
    public static PatternRule InStatements(ParticipantRole role, UtteranceLabels label, string matches, string? unless = null) =>
        new(role, label, StructureTags.None, matches, unless, ClauseScope.Statements);

    public static PatternRule Tagging(StructureTags tag, string matches, string? unless = null) =>
        new(ParticipantRole.Interviewer, UtteranceLabels.None, tag, matches, unless);
}

/// <summary>Which part of an utterance a pattern is matched against.</summary>
public enum ClauseScope
{
    Whole,
    Statements,
}
