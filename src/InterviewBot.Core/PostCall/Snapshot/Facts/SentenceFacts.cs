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

    /// <summary>Word count of the sentence: runs of characters between spaces.</summary>
    // Counted in place rather than by Split: every section's ranking reads it for every sentence, and Split allocated an array each time.
    public int Words
    {
        get
        {
            var count = 0;
            var inWord = false;
            foreach (var c in Sentence.Text)
            {
                if (c == ' ') inWord = false;
                else if (!inWord)
                {
                    inWord = true;
                    count++;
                }
            }
            return count;
        }
    }
}
