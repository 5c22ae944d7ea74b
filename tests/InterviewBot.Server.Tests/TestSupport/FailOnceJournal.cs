using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Server.Tests.TestSupport;

/// <summary>
/// The server's own file journal, which can be told to refuse the next append (a storage hiccup): the session's copy in
/// memory stops there, and what was journaled before is what a resumed session is rebuilt from.
/// </summary>
internal sealed class FailOnceJournal(ISessionJournal inner) : ISessionJournal
{
    private int _armed;

    /// <summary>How many appends were refused.</summary>
    public int Refused { get; private set; }

    /// <summary>The next append throws, once.</summary>
    public void FailNextAppend() => Volatile.Write(ref _armed, 1);

    public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            Refused++;
            throw new IOException("the journal's storage did not answer (test)");
        }
        return inner.AppendAsync(sessionId, e, cancellationToken);
    }

    public Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) => inner.ReadAsync(sessionId, cancellationToken);
}
