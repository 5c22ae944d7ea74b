namespace InterviewBot.Core.PostCall.Quotes;

/// <summary>
/// Words someone said, verbatim, with when they said it. Only a <see cref="QuoteSource"/> makes quotes,
/// and it checks every one against the transcript, so an artefact cannot carry an invented quote.
/// </summary>
public sealed record Quote
{
    internal Quote(string text, TimeSpan at, string speaker)
    {
        Text = text;
        At = at;
        Speaker = speaker;
    }

    public string Text { get; }

    /// <summary>Start of the utterance the words come from (media time).</summary>
    public TimeSpan At { get; }

    public string Speaker { get; }
}
