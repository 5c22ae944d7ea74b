using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Journal;

/// <summary>The complete events of a journal, plus any damaged lines (a torn tail after a crash is one).</summary>
public sealed record JournalReadResult(IReadOnlyList<SessionEvent> Events, IReadOnlyList<JournalDefect> Defects)
{
    public static JournalReadResult Empty { get; } = new([], []);

    /// <summary>True when the last line was cut short, as a crash mid-append leaves it.</summary>
    public bool HasTornTail => Defects.Count > 0 && Defects[^1].IsTail;
}

/// <summary>A journal line that could not be read: where, why, and whether it was the unterminated last line.</summary>
public sealed record JournalDefect(int Line, long ByteOffset, string Reason, bool IsTail);
