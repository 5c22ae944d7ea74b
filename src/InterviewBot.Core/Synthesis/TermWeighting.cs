namespace InterviewBot.Core.Synthesis;

/// <summary>
/// How <see cref="TfIdfVectors"/> weighs words beyond tf-idf: a factor for words used by one interview only. They
/// cannot make a pattern across interviews, yet at full weight they glue one interview's clauses into leads and pull
/// a cross-interview clause away from its theme.
/// </summary>
public sealed record TermWeighting(double SingleInterviewFactor)
{
    /// <summary>Plain tf-idf: every word weighs its idf.</summary>
    public static TermWeighting None { get; } = new(1.0);
}
