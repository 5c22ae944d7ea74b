namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// The first step for every utterance, before any rule or model: cleans spoken disfluency and caption noise,
/// splits long turns into sentences and counts the distinct questions asked.
/// </summary>
public static class SpeechNormaliser
{
    [ThreadStatic]
    private static Classification.RecentResults<NormalisedUtterance>? t_recent;

    /// <summary>Normalises a turn; a turn normalised moments ago on this thread (it is now the context turn) is not done again.</summary>
    public static NormalisedUtterance Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (t_recent ??= new()).GetOrAdd(text, 0, static (t, _) => Compute(t));
    }

    private static NormalisedUtterance Compute(string text)
    {
        var cleaned = SpeechCleaner.Clean(text);
        var sentences = SentenceSplitter.Split(cleaned);
        return new NormalisedUtterance(cleaned, sentences, ReformulationDetector.DistinctQuestions(sentences));
    }
}
