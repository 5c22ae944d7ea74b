namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// The first step for every utterance, before any rule or model: cleans spoken disfluency and caption noise,
/// splits long turns into sentences and counts the distinct questions asked.
/// </summary>
public static class SpeechNormaliser
{
    public static NormalisedUtterance Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = SpeechCleaner.Clean(text);
        var sentences = SentenceSplitter.Split(cleaned);
        return new NormalisedUtterance(cleaned, sentences, ReformulationDetector.DistinctQuestions(sentences));
    }
}
