namespace InterviewBot.Cluster.Sessions;

/// <summary>Events were sent past the end of the journal: the sender lost track and must resend from <see cref="Expected"/>.</summary>
[GenerateSerializer]
public sealed class JournalGapException : Exception
{
    public JournalGapException() { }

    public JournalGapException(string message) : base(message) { }

    public JournalGapException(string message, Exception innerException) : base(message, innerException) { }

    public JournalGapException(long expected, long got) : base($"the journal holds {expected} events; events from {got} would leave a hole") => Expected = expected;

    [Id(0)]
    public long Expected { get; init; }
}
