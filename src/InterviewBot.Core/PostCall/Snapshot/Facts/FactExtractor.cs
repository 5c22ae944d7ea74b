using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>
/// Reads every interviewee sentence once: labels it (with the interviewer's last words as context) and finds the
/// names, numbers and self-descriptions in it. Everything after this works on these, so the snapshot, email,
/// content pack and LLM grounding all see the same facts.
/// </summary>
public static class FactExtractor
{
    private const int AnswerSentences = 6;

    public static IReadOnlyList<SentenceFacts> Extract(ISessionView session, IUtteranceClassifier classifier, QuoteSource quotes)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(quotes);
        var everyone = session.Utterances.Select(u => u.Text).ToList();
        var known = NamedThingFinder.MidSentenceCapitals(everyone);
        var list = new List<SentenceFacts>();
        string? lastQuestion = null;
        var asked = Prompt.None;
        var intoAnswer = 0;
        var turn = "";
        foreach (var u in session.Utterances)
        {
            var role = session.RoleOf(u.SpeakerId);
            if (role == ParticipantRole.Interviewer)
            {
                lastQuestion = u.Text;
                // A question spread over several cues is read whole; a bare "Okay." between answers asks for nothing new.
                turn = turn.Length == 0 ? u.Text : turn + " " + u.Text;
                if (!u.Text.Contains('?', StringComparison.Ordinal)) continue;
                asked = QuestionPrompt.Read(turn);
                intoAnswer = 0;
                continue;
            }
            if (role != ParticipantRole.Interviewee) continue;
            turn = "";
            foreach (var sentence in quotes.Sentences(u))
            {
                var labels = classifier.Classify(sentence.Text, ParticipantRole.Interviewee, lastQuestion).Labels & ~Coaching.Labels.UtteranceLabels.ShortAnswer;
                // The first sentences of an answer answer the question; later ones have usually moved on.
                var answering = intoAnswer++ < AnswerSentences ? asked : Prompt.None;
                list.Add(new SentenceFacts(list.Count, sentence, labels, NamedThingFinder.Find(sentence.Text, known), NumberFinder.Find(sentence.Text), WhoFinder.Find(sentence.Text), answering));
            }
        }
        return list;
    }

    /// <summary>Every distinct name the interviewee said, with the first sentence that carries it, in order of first mention.</summary>
    public static IReadOnlyList<(string Term, SentenceFacts First, int Mentions)> Names(IReadOnlyList<SentenceFacts> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var firsts = new Dictionary<string, (string Term, SentenceFacts First, int Mentions)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var s in sentences)
            foreach (var name in s.Names.Select(n => n.Term).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (firsts.TryGetValue(name, out var seen)) firsts[name] = seen with { Mentions = seen.Mentions + 1 };
                else
                {
                    firsts[name] = (name, s, 1);
                    order.Add(name);
                }
            }
        return order.Select(n => firsts[n]).ToList();
    }
}
