using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// The embedded classifier: runs every catalogue rule for the speaker's role, then settles the
/// combinations the catalogue defines (a leading or generic question is not also an open one,
/// a number beats a vague size, five words or fewer is a short answer).
/// </summary>
public sealed partial class PatternClassifier : IUtteranceClassifier
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

    /// <summary>
    /// What a turn's rules find without its context turn. Every turn is classified twice (as the utterance, then as
    /// the next one's context turn), and only the follow-up, story and next-step checks read the context.
    /// </summary>
    private readonly record struct Found(UtteranceText U, UtteranceLabels Labels, StructureTags Tags, int Questions, bool Open, bool Closed, bool Request);

    [ThreadStatic]
    private static RecentResults<(PatternClassifier Owner, Found Found)>? t_found;

    public Classification Classify(string text, ParticipantRole role, string? previousText)
    {
        ArgumentNullException.ThrowIfNull(text);
        return role switch
        {
            ParticipantRole.Interviewer => FindOnce(text, role) is { U.WordCount: > 0 } er ? FinishInterviewer(er, previousText) : default,
            ParticipantRole.Interviewee => FindOnce(text, role) is { U.WordCount: > 0 } ee ? FinishInterviewee(ee, previousText) : default,
            _ => default,
        };
    }

    /// <summary>The context-free part of a turn, kept for the next few calls on this thread (it is pure).</summary>
    private Found FindOnce(string text, ParticipantRole role)
    {
        var cached = (t_found ??= new()).GetOrAdd(text, (int)role, (t, r) => (this, Find(t, (ParticipantRole)r)));
        return ReferenceEquals(cached.Owner, this) ? cached.Found : Find(text, role);
    }

    private Found Find(string text, ParticipantRole role)
    {
        var u = UtteranceText.From(text);
        if (u.WordCount == 0) return new Found(u, UtteranceLabels.None, StructureTags.None, 0, false, false, false);
        return role == ParticipantRole.Interviewer ? FindInterviewer(u) : FindInterviewee(u);
    }

    private Found FindInterviewer(UtteranceText u)
    {
        var labels = UtteranceLabels.None;
        var tags = StructureTags.None;
        foreach (var rule in _interviewer)
        {
            if (!rule.Matches(u)) continue;
            labels |= rule.Label;
            tags |= rule.Tag;
        }

        var questions = 0;
        bool open = false, closed = false, request = false;
        foreach (var clause in u.Clauses)
        {
            if (!clause.IsQuestion) continue;
            questions++;
            open |= clause.Form == QuestionForm.Open;
            closed |= clause.Form == QuestionForm.Closed;
            request |= clause.Form == QuestionForm.Request;
        }
        return new Found(u, labels, tags, questions, open, closed, request);
    }

    private Classification FinishInterviewer(Found found, string? previousText)
    {
        var (u, labels, tags, questions, open, closed, request) = found;

        // Probing is asking them to say more: a yes/no check or a next-step ask is not a follow-up.
        if ((open || request) && !Has(labels, UtteranceLabels.FollowUp) && (tags & StructureTags.NextStep) == 0 && previousText is not null
            && FollowUpDetector.IsFollowUp(u, previousText, Alone(previousText, ParticipantRole.Interviewee).Labels))
            labels |= UtteranceLabels.FollowUp;

        // "Can you walk me through the last one?" asks for a story: open on its own, a follow-up after one.
        if (request && !Has(labels, UtteranceLabels.FollowUp)) open = true;
        if (open) labels |= UtteranceLabels.OpenQuestion;
        if (closed) labels |= UtteranceLabels.ClosedQuestion;
        if (questions >= 2) labels |= UtteranceLabels.MultiPartQuestion;

        // The catalogue's precedences: a leading or habit question is not also open, closed or a probe;
        // a prediction asked open-form ("how likely…") is not an open question.
        if (Has(labels, UtteranceLabels.LeadingQuestion) || Has(labels, UtteranceLabels.GenericQuestion))
            labels &= ~(UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion | UtteranceLabels.FollowUp | UtteranceLabels.MultiPartQuestion);
        if (Has(labels, UtteranceLabels.HypotheticalQuestion))
            labels &= ~(UtteranceLabels.FollowUp | (questions >= 2 ? UtteranceLabels.None : UtteranceLabels.OpenQuestion));
        if (Has(labels, UtteranceLabels.Pitch) && questions == 0)
            labels &= ~UtteranceLabels.FollowUp;
        if (Has(labels, UtteranceLabels.FollowUp) && Has(labels, UtteranceLabels.MultiPartQuestion))
            labels &= ~UtteranceLabels.FollowUp;
        // A probe for the size of something ("how much faster?") is a results question too.
        if (Has(labels, UtteranceLabels.FollowUp) && Magnitude(u)) tags |= StructureTags.ResultsMetrics;
        return new Classification(labels, tags);
    }

    private Found FindInterviewee(UtteranceText u)
    {
        var labels = UtteranceLabels.None;
        foreach (var rule in _interviewee)
            if (rule.Matches(u)) labels |= rule.Label;
        if (QuantityDetector.HasQuantity(u.Normalized)) labels |= UtteranceLabels.Quantified;
        if (AlternativeDetector.Mentions(u)) labels |= UtteranceLabels.AlternativeMention;
        return new Found(u, labels, StructureTags.None, 0, false, false, false);
    }

    private Classification FinishInterviewee(Found found, string? previousText)
    {
        var (u, labels, _, _, _, _, _) = found;
        if (StoryDetector.IsStory(u, previousText)) labels |= UtteranceLabels.Story;
        if (!Has(labels, UtteranceLabels.Commitment) && AgreesToNextStep(u, previousText)) labels |= UtteranceLabels.Commitment;
        if (Has(labels, UtteranceLabels.Quantified)) labels &= ~UtteranceLabels.VagueQuantity;
        if (Has(labels, UtteranceLabels.Story)) labels &= ~UtteranceLabels.Generalization;
        if (u.WordCount <= ShortAnswerWords) labels |= UtteranceLabels.ShortAnswer;
        return new Classification(labels, StructureTags.None);
    }

    /// <summary>"Sure, Tuesday works" is a commitment only as the answer to a next-step ask.</summary>
    private bool AgreesToNextStep(UtteranceText u, string? previousText)
    {
        if (previousText is null || !Affirmative().IsMatch(u.Normalized)) return false;
        var asked = Alone(previousText, ParticipantRole.Interviewer);
        return (asked.Tags & StructureTags.NextStep) != 0;
    }

    /// <summary>A turn classified on its own (no context turn), as the context of the turn after it.</summary>
    private Classification Alone(string text, ParticipantRole role) => Classify(text, role, null);

    [GeneratedRegex(@"^(?:(?:oh|um|well|okay|ok|yeah|yes|sure|absolutely|definitely|deal|of course|happy to|sounds good|that works|let's|i can|i'd love to|why not)\b|[a-z]+day (?:works|is good))")]
    private static partial Regex Affirmative();

    private static bool Magnitude(UtteranceText u) => FollowUpDetector.AsksMagnitude(u.Normalized);

    private static bool Has(UtteranceLabels set, UtteranceLabels label) => (set & label) != 0;
}
