using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>One interviewee sentence with what it carries: its labels, the names and numbers in it, a self-description, what the question before it asked for.</summary>
public sealed record SentenceFacts(
    int Index,
    Quote Sentence,
    UtteranceLabels Labels,
    IReadOnlyList<TermSpan> Names,
    IReadOnlyList<TermSpan> Numbers,
    TermSpan? Who,
    Prompt Asked = Prompt.None)
{
    /// <summary>True when the sentence names something or gives a number.</summary>
    public bool HasFact => Names.Count > 0 || Numbers.Count > 0;

    /// <summary>Word count of the sentence.</summary>
    public int Words => Sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
