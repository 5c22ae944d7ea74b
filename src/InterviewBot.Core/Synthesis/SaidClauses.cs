namespace InterviewBot.Core.Synthesis;

/// <summary>
/// The interviewee's own words from the transcript as further evidence (kind "said"), beside the snapshot's picks: the
/// snapshot writer keeps few sentences, so a theme most interviewees raised can be missing from every snapshot.
/// Consecutive lines of one interviewee are joined up to <see cref="MaxTurnWords"/> words (words unchanged, one space
/// between, the time of the first line), since a transcript line is often half a sentence. A part with fewer than
/// <see cref="MinContentWords"/> content words ("Yeah, sure.") or that a snapshot clause already quotes is left out.
/// </summary>
public static class SaidClauses
{
    /// <summary>Content words a part needs to count as evidence.</summary>
    public const int MinContentWords = 3;

    /// <summary>Words a joined part may reach.</summary>
    public const int MaxTurnWords = 60;

    /// <summary>The parts of <paramref name="transcript"/> not spoken by <paramref name="interviewer"/> that add evidence to <paramref name="snapshot"/>.</summary>
    public static IReadOnlyList<EvidenceClause> Select(IEnumerable<(string Speaker, string Text, TimeSpan At)> transcript, string? interviewer, IReadOnlyList<EvidenceClause> snapshot)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(snapshot);
        return Parts(transcript).Where(s => !string.Equals(s.Speaker, interviewer, StringComparison.Ordinal) && ContentWords.Of(s.Text).Count >= MinContentWords
                && !snapshot.Any(c => s.Text.Contains(c.Text, StringComparison.Ordinal) || c.Text.Contains(s.Text, StringComparison.Ordinal)))
            .Select(s => new EvidenceClause("said", s.Text, s.At)).ToList();
    }

    private static IEnumerable<(string Speaker, string Text, TimeSpan At)> Parts(IEnumerable<(string Speaker, string Text, TimeSpan At)> transcript)
    {
        (string Speaker, string Text, TimeSpan At)? current = null;
        foreach (var line in transcript)
        {
            if (current is { } c && c.Speaker == line.Speaker && Words(c.Text) + Words(line.Text) <= MaxTurnWords)
            {
                current = (c.Speaker, c.Text + " " + line.Text, c.At);
                continue;
            }
            if (current is { } done) yield return done;
            current = line;
        }
        if (current is { } last) yield return last;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
