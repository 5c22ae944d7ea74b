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
        _matches = new Regex(matches, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _unless = unless is null ? null : new Regex(unless, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public ParticipantRole Role { get; }

    public UtteranceLabels Label { get; }

    public StructureTags Tag { get; }

    /// <summary>Where the pattern looks: the whole utterance, or only its statement clauses.</summary>
    public ClauseScope Scope { get; }

    public bool Matches(UtteranceText text)
    {
        if (_unless is not null && _unless.IsMatch(text.Normalized)) return false;
        if (Scope == ClauseScope.Whole) return _matches.IsMatch(text.Normalized);
        foreach (var clause in text.Clauses)
            if (!clause.IsQuestion && _matches.IsMatch(clause.Text)) return true;
        return false;
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
