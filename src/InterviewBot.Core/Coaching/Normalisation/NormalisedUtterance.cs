namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// One turn made readable: <see cref="Text"/> is the cleaned turn (fillers, stutters, false starts and caption
/// artefacts gone, the speaker's own punctuation kept), <see cref="Sentences"/> the turn split into sentences
/// (punctuation supplied where speech-to-text gave none), and <see cref="DistinctQuestions"/> how many different
/// questions it asks once reformulations of the same question are counted once.
/// </summary>
public sealed record NormalisedUtterance(string Text, IReadOnlyList<SpokenSentence> Sentences, int DistinctQuestions)
{
    /// <summary>Question sentences, counting a reformulation of the same question each time it is said.</summary>
    public int QuestionSentences => Sentences.Count(s => s.IsQuestion);

    /// <summary>True when the turn asks one question several ways ("What would you do? Would you stay on this page?").</summary>
    public bool IsReformulated => QuestionSentences >= 2 && DistinctQuestions == 1;
}

/// <summary>One sentence of a turn, lower case, and whether it asks something.</summary>
public readonly record struct SpokenSentence(string Text, bool IsQuestion);
