using System.Collections.Concurrent;
using System.Globalization;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// One sink's memory of what it posted in one session (a card's activity id, a chat message's id), kept in the
/// session's journal as <see cref="SinkPosted"/> lines so a sink rebuilt on another server updates the same card.
/// Written on the session's own consumer (sinks and observers run there), so the lines keep the session's order.
/// </summary>
public sealed class SinkNotes
{
    private readonly ISessionJournal _journal;
    private readonly string _sessionId;
    private readonly ConcurrentDictionary<string, string> _known;

    /// <param name="journal">The session's journal.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="sink">The sink's kind, as its descriptor names it.</param>
    /// <param name="recalled">What the journal already holds for this sink, item → reference.</param>
    public SinkNotes(ISessionJournal journal, string sessionId, string sink, IEnumerable<KeyValuePair<string, string>>? recalled = null)
    {
        _journal = journal;
        _sessionId = sessionId;
        Sink = sink;
        _known = new ConcurrentDictionary<string, string>(recalled ?? [], StringComparer.Ordinal);
    }

    /// <summary>The sink's kind.</summary>
    public string Sink { get; }

    /// <summary>Everything noted so far (and recalled), item → reference.</summary>
    public IReadOnlyDictionary<string, string> Known => _known;

    /// <summary>The reference noted for an item, or null.</summary>
    public string? Recall(string item) => _known.TryGetValue(item, out var reference) ? reference : null;

    /// <summary>The nudge cards noted so far (<see cref="SinkPosted.NudgeItem"/>), by nudge id.</summary>
    public IEnumerable<(int NudgeId, string Reference)> Nudges()
    {
        foreach (var (item, reference) in _known)
            if (item.StartsWith(NudgePrefix, StringComparison.Ordinal)
                && int.TryParse(item.AsSpan(NudgePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                yield return (id, reference);
    }

    private const string NudgePrefix = "nudge:";

    /// <summary>Notes what was posted for an item, at a media time no later than the session's, in the journal.</summary>
    public async ValueTask NoteAsync(TimeSpan at, string item, string reference, CancellationToken cancellationToken)
    {
        _known[item] = reference;
        await _journal.AppendAsync(_sessionId, new SinkPosted(at, Sink, item, reference), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a journal holds for <paramref name="sink"/>: the latest reference per item.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Read(IEnumerable<SessionEvent> journaled, string sink) =>
        journaled.OfType<SinkPosted>().Where(p => p.Sink == sink)
            .GroupBy(p => p.Item, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Last().Reference));
}
