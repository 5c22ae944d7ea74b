using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// The embedded classifier: runs every catalogue rule for the speaker's role, then settles the
/// combinations the catalogue defines (a leading or generic question is not also an open one,
/// a number beats a vague size, five words or fewer is a short answer).
/// </summary>
public sealed class PatternClassifier : IUtteranceClassifier
{
    private const int ShortAnswerWords = 5;
    private readonly PatternRule[] _interviewer;
    private readonly PatternRule[] _interviewee;

    public PatternClassifier() : this(CatalogueRules.All)
    {
    }

    public PatternClassifier(IEnumerable<PatternRule> rules)
    {
        var all = rules.ToArray();
        _interviewer = all.Where(r => r.Role == ParticipantRole.Interviewer).ToArray();
        _interviewee = all.Where(r => r.Role == ParticipantRole.Interviewee).ToArray();
    }

    public Classification Classify(string text, ParticipantRole role, string? previousText)
    {
        var u = UtteranceText.From(text);
        if (u.WordCount == 0) return default;
        return role switch
        {
            ParticipantRole.Interviewer => ClassifyInterviewer(u),
            ParticipantRole.Interviewee => ClassifyInterviewee(u),
            _ => default,
        };
    }

    private Classification ClassifyInterviewer(UtteranceText u)
    {
        var labels = UtteranceLabels.None;
        var tags = StructureTags.None;
        foreach (var rule in _interviewer)
        {
            if (!rule.Matches(u)) continue;
            labels |= rule.Label;
            tags |= rule.Tag;
        }
        if (Has(labels, UtteranceLabels.LeadingQuestion) || Has(labels, UtteranceLabels.GenericQuestion))
            labels &= ~(UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion | UtteranceLabels.FollowUp);
        if (Has(labels, UtteranceLabels.FollowUp) && Has(labels, UtteranceLabels.ClosedQuestion))
            labels = (labels & ~UtteranceLabels.ClosedQuestion) | UtteranceLabels.OpenQuestion;
        if (u.QuestionMarks >= 2 && IsQuestion(labels))
            labels |= UtteranceLabels.MultiPartQuestion;
        return new Classification(labels, tags);
    }

    private Classification ClassifyInterviewee(UtteranceText u)
    {
        var labels = UtteranceLabels.None;
        foreach (var rule in _interviewee)
            if (rule.Matches(u)) labels |= rule.Label;
        if (Has(labels, UtteranceLabels.Quantified)) labels &= ~UtteranceLabels.VagueQuantity;
        if (u.WordCount <= ShortAnswerWords) labels |= UtteranceLabels.ShortAnswer;
        return new Classification(labels, StructureTags.None);
    }

    private static bool IsQuestion(UtteranceLabels labels) =>
        (labels & (UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion | UtteranceLabels.HypotheticalQuestion
                   | UtteranceLabels.LeadingQuestion | UtteranceLabels.GenericQuestion)) != 0;

    private static bool Has(UtteranceLabels set, UtteranceLabels label) => (set & label) != 0;
}
