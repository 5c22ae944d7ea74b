namespace InterviewBot.Core.Synthesis;

/// <summary>
/// How <see cref="TfIdfVectors"/> weighs words beyond tf-idf: a factor for words used by one interview only (they
/// cannot make a pattern across interviews, yet would glue one interview's clauses into leads), and whether words in
/// more than half the clauses (the study's topic itself) are dropped.
/// </summary>
public sealed record TermWeighting(double SingleInterviewFactor, bool DropCommon)
{
    /// <summary>Plain tf-idf: every word weighs its idf.</summary>
    public static TermWeighting None { get; } = new(1.0, false);
}
