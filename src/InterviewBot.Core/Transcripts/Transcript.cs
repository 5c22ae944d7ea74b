namespace InterviewBot.Core.Transcripts;

/// <summary>A whole transcript: cues ordered by start time (overlaps kept: they are interruptions).</summary>
public sealed record Transcript(string Source, TranscriptFormat Format, IReadOnlyList<TranscriptCue> Cues)
{
    /// <summary>Speakers in the order they first speak.</summary>
    public IReadOnlyList<string> Speakers { get; } = Cues.Select(c => c.Speaker).Distinct(StringComparer.Ordinal).ToArray();

    public TimeSpan Duration => Cues.Count == 0 ? TimeSpan.Zero : Cues.Max(c => c.End);
}

/// <summary>Which flavour of transcript a file was.</summary>
public enum TranscriptFormat
{
    /// <summary>WebVTT with <c>&lt;v Name&gt;</c> voice spans, as Microsoft Teams writes it.</summary>
    TeamsVtt,

    /// <summary>WebVTT with numbered cues and a <c>Name: </c> prefix, as Zoom writes it.</summary>
    ZoomVtt,

    /// <summary>One JSON utterance object per line.</summary>
    Jsonl,
}
