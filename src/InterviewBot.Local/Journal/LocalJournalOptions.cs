namespace InterviewBot.Local.Journal;

/// <summary>Where local journals live and how hard each append is pushed to storage.</summary>
public sealed record LocalJournalOptions
{
    public required string Directory { get; init; }

    /// <summary>
    /// False (default): each event is written to the OS in one call, which survives a crash of this
    /// process. True: also fsync per event, which survives power loss at a large cost per event.
    /// </summary>
    public bool FlushToDisk { get; init; }
}
