namespace InterviewBot.Azure.Storage;

/// <summary>Another writer appended to this session's journal: this process no longer owns the session.</summary>
public sealed class JournalConflictException : Exception
{
    public JournalConflictException() { }

    public JournalConflictException(string message) : base(message) { }

    public JournalConflictException(string message, Exception innerException) : base(message, innerException) { }
}
