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

    public PatternRule(ParticipantRole role, UtteranceLabels label, StructureTags tag, string matches, string? unless = null)
    {
        Role = role;
        Label = label;
        Tag = tag;
        _matches = new Regex(matches, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _unless = unless is null ? null : new Regex(unless, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public ParticipantRole Role { get; }

    public UtteranceLabels Label { get; }

    public StructureTags Tag { get; }

    public bool Matches(UtteranceText text) =>
        _matches.IsMatch(text.Normalized) && (_unless is null || !_unless.IsMatch(text.Normalized));

    public static PatternRule For(ParticipantRole role, UtteranceLabels label, string matches, string? unless = null) =>
        new(role, label, StructureTags.None, matches, unless);

    public static PatternRule Tagging(StructureTags tag, string matches, string? unless = null) =>
        new(ParticipantRole.Interviewer, UtteranceLabels.None, tag, matches, unless);
}
