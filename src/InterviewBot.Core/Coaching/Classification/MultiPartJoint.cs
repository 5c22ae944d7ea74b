using InterviewBot.Core.Coaching.Normalisation;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// Two questions in one breath, each a full question of its own ("were they useful and were any of them unclear"):
/// at least two question clauses of three words or more. The rules' multi-part verdict on such a turn stands whatever
/// the model scores; a long turn with a short tag question ("…, how often?") is left to the model.
/// </summary>
public static class MultiPartJoint
{
    private const int MinimumWords = 3;

    public static bool IsClear(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var full = 0;
        foreach (var clause in UtteranceText.From(normalized).Clauses)
            if (clause.IsQuestion && SentenceSplitter.WordCount(clause.Text) >= MinimumWords) full++;
        return full >= 2;
    }
}
