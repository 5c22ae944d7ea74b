using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>
/// Builds the snapshot extractively: every interviewee sentence is labelled on its own (with the
/// interviewer's question before it as context) and filed under what it is — a number, a tool, a pain,
/// a feeling, a wish, a promise. Nothing is paraphrased, so nothing can be misquoted.
/// </summary>
public static partial class SnapshotBuilder
{
    private const int MaxQuickFacts = 15;
    private const int MaxPerSection = 8;
    private const int KeyInsightCount = 5;

    public static InterviewSnapshot Build(ISessionView session, IUtteranceClassifier classifier, QuoteSource quotes)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(quotes);
        var sentences = LabelledSentences(session, classifier, quotes);
        List<Quote> With(UtteranceLabels label) => sentences.Where(s => (s.Labels & label) != 0).Select(s => s.Quote).ToList();

        var quickFacts = sentences.Where(s => (s.Labels & UtteranceLabels.Quantified) != 0)
            .OrderByDescending(s => FactWeight(s.Quote.Text)).ThenBy(s => s.Quote.At).Take(MaxQuickFacts)
            .OrderBy(s => s.Quote.At).Select(s => s.Quote).ToList();
        var complaints = With(UtteranceLabels.Complaint);
        var wishes = With(UtteranceLabels.FeatureRequest);
        var opportunities = wishes.Concat(complaints).DistinctBy(q => q.Text).Take(MaxPerSection).ToList();
        var insights = sentences
            .Where(s => (s.Labels & (UtteranceLabels.Complaint | UtteranceLabels.FeatureRequest | UtteranceLabels.Quantified | UtteranceLabels.Emotion)) != 0)
            .OrderByDescending(s => Insight(s)).ThenBy(s => s.Quote.At).Take(KeyInsightCount)
            .OrderBy(s => s.Quote.At).Select(s => s.Quote).ToList();

        return new InterviewSnapshot(
            Interviewee(session, quotes),
            sentences.OrderByDescending(Memorability).ThenBy(s => s.Quote.At).Select(s => s.Quote).FirstOrDefault(),
            quickFacts,
            insights,
            opportunities,
            BestStory(session, quotes),
            With(UtteranceLabels.AlternativeMention).Take(MaxPerSection).ToList(),
            complaints.Take(MaxPerSection).ToList(),
            With(UtteranceLabels.Emotion).Take(MaxPerSection).ToList(),
            With(UtteranceLabels.Commitment));
    }

    private sealed record LabelledSentence(Quote Quote, UtteranceLabels Labels);

    private static List<LabelledSentence> LabelledSentences(ISessionView session, IUtteranceClassifier classifier, QuoteSource quotes)
    {
        var list = new List<LabelledSentence>();
        string? lastQuestion = null;
        foreach (var u in session.Utterances)
        {
            var role = session.RoleOf(u.SpeakerId);
            if (role == ParticipantRole.Interviewer)
            {
                lastQuestion = u.Text;
                continue;
            }
            if (role != ParticipantRole.Interviewee) continue;
            foreach (var sentence in quotes.Sentences(u))
                list.Add(new LabelledSentence(sentence, classifier.Classify(sentence.Text, ParticipantRole.Interviewee, lastQuestion).Labels & ~UtteranceLabels.ShortAnswer));
        }
        return list;
    }

    /// <summary>The longest story, preferring one with a number in it: the context quote.</summary>
    private static Quote? BestStory(ISessionView session, QuoteSource quotes) =>
        session.Utterances
            .Where(u => session.RoleOf(u.SpeakerId) == ParticipantRole.Interviewee && (u.Labels & UtteranceLabels.Story) != 0)
            .OrderByDescending(u => ((u.Labels & UtteranceLabels.Quantified) != 0 ? 100 : 0) + (u.Labels & (UtteranceLabels.Complaint | UtteranceLabels.Emotion)) switch { 0 => 0, _ => 50 } + Math.Min(u.Text.Length, 200) / 10)
            .ThenBy(u => u.Start)
            .Select(quotes.Whole)
            .FirstOrDefault();

    private static int Memorability(LabelledSentence s)
    {
        var words = s.Quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is < 5 or > 35) return 0;
        return ((s.Labels & UtteranceLabels.Emotion) != 0 ? 4 : 0) + ((s.Labels & UtteranceLabels.Story) != 0 ? 2 : 0)
            + ((s.Labels & UtteranceLabels.Complaint) != 0 ? 2 : 0) + ((s.Labels & UtteranceLabels.Quantified) != 0 ? 2 : 0)
            + ((s.Labels & UtteranceLabels.FeatureRequest) != 0 ? 1 : 0);
    }

    private static int Insight(LabelledSentence s) =>
        ((s.Labels & UtteranceLabels.FeatureRequest) != 0 ? 4 : 0) + ((s.Labels & UtteranceLabels.Complaint) != 0 ? 3 : 0)
        + (Money().IsMatch(s.Quote.Text) ? 3 : 0) + ((s.Labels & UtteranceLabels.Quantified) != 0 ? 1 : 0) + ((s.Labels & UtteranceLabels.Emotion) != 0 ? 1 : 0);

    /// <summary>Money and time-per-period facts matter most; a bare count least.</summary>
    private static int FactWeight(string text) =>
        (Money().IsMatch(text) ? 3 : 0) + (PerPeriod().IsMatch(text) ? 2 : 0) + (People().IsMatch(text) ? 1 : 0);

    private static Interviewee Interviewee(ISessionView session, QuoteSource quotes)
    {
        var person = session.Participants.Values.FirstOrDefault(p => p.Role == ParticipantRole.Interviewee);
        var name = session.Setup.IntervieweeName ?? person?.DisplayName ?? "the interviewee";
        string? role = null, company = session.Setup.Company;
        Quote? introduction = null;
        foreach (var u in session.Utterances.Where(u => u.SpeakerId == person?.Id))
        {
            foreach (var sentence in quotes.Sentences(u))
            {
                var m = SelfIntroduction().Match(sentence.Text);
                if (!m.Success) continue;
                introduction ??= sentence;
                role ??= m.Groups["role"].Success ? m.Groups["role"].Value switch { "own" => "owner", "run" => "runs it", var r => r } : null;
                company ??= m.Groups["company"].Success ? m.Groups["company"].Value.TrimEnd('.') : null;
            }
            if (role is not null && company is not null) break;
        }
        return new Interviewee(name, role, company, introduction);
    }

    [GeneratedRegex(@"\b(?:I'm|I am|I work as) (?:the|a|an) (?<role>(?:[a-z-]+ ){0,3}(?:manager|owner|founder|co-founder|director|lead|head|coordinator|supervisor|administrator|accountant|bookkeeper|engineer|designer|officer|partner|president|ceo|cto|coo|cfo|vp|principal|teacher|nurse|dispatcher|chef|baker|recruiter|consultant|analyst|planner|scheduler|superintendent|foreman|pharmacist|dentist|physician|doctor|therapist|agent|broker))(?: (?:at|of|for) (?<company>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)*))?|\bI (?<role>own|run) (?<company>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)*)")]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex(@"\$|\b(?:dollars|bucks|grand|percent)\b|%", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:a|per|every) (?:day|week|month|year|quarter|shift)\b|\btwice\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"\b(?:people|employees|staff|trucks|drivers|patients|customers|clients|cafés|physicians|dispatchers|techs|bakers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex People();
}
