using InterviewBot.Core.Coaching.Rules;

namespace InterviewBot.Core.Coaching.Policy;

/// <summary>
/// Fresh or never (docs/coaching.md §2): a candidate is shown within the fresh window of its moment or goes to the
/// held-back list for the post-call. At most one new card per gap; a kind already shown as a new card inside the
/// same-kind window comes back as an update of that card (count and latest words); a quiet start where only
/// goal/consent reminders pass; ties by priority; snooze and mute from the card.
/// </summary>
public sealed class NudgePolicy(NudgePolicyOptions options)
{
    private readonly List<Pending> _pending = [];
    private readonly Dictionary<string, ShownCard> _cardOfKind = new(StringComparer.Ordinal);
    private readonly HashSet<string> _muted = new(StringComparer.Ordinal);
    private readonly List<HeldBackNudge> _heldBack = [];
    private TimeSpan? _lastNewCard;
    private TimeSpan _snoozedUntil = TimeSpan.MinValue;
    private int _lastId;

    public NudgePolicyOptions Options { get; } = options;

    public IReadOnlySet<string> MutedKinds => _muted;

    /// <summary>Everything the policy kept off the screen so far, in the order it was given up.</summary>
    public IReadOnlyList<HeldBackNudge> HeldBack => _heldBack;

    public void Snooze(TimeSpan until) => _snoozedUntil = until > _snoozedUntil ? until : _snoozedUntil;

    public void Mute(string kind) => _muted.Add(kind);

    /// <summary>Lifts every mute and any snooze.</summary>
    public void Unmute()
    {
        _muted.Clear();
        _snoozedUntil = TimeSpan.MinValue;
    }

    /// <summary>Offers this step's candidates and returns the card (or update) to send now, if any.</summary>
    public Nudge? Decide(TimeSpan now, IReadOnlyCollection<NudgeCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            var candidate = c.Nudge with { Moment = c.Nudge.At };
            if (_muted.Contains(candidate.Kind)) _heldBack.Add(new HeldBackNudge(candidate, "muted from the card"));
            else _pending.Add(new Pending(candidate, c.AllowedInQuietStart, "not decided yet"));
        }
        Expire(now);
        if (_pending.Count == 0) return null;

        var best = -1;
        for (var i = 0; i < _pending.Count; i++)
        {
            var blocked = BlockedBy(_pending[i], now);
            if (blocked is not null)
            {
                _pending[i] = _pending[i] with { Reason = blocked };
                continue;
            }
            if (best < 0 || Beats(_pending[i].Nudge, _pending[best].Nudge)) best = i;
        }
        if (best < 0) return null;

        var chosen = _pending[best].Nudge;
        _pending.RemoveAt(best);
        GiveUpSameMoment(chosen);
        return Show(chosen, now);
    }

    /// <summary>The session ended: whatever is still waiting was never shown.</summary>
    public void Flush()
    {
        foreach (var p in _pending) _heldBack.Add(new HeldBackNudge(p.Nudge, p.Reason));
        _pending.Clear();
    }

    private Nudge Show(Nudge chosen, TimeSpan now)
    {
        var id = ++_lastId;
        if (_cardOfKind.TryGetValue(chosen.Kind, out var card) && now - card.ShownAt < Options.SameKindWindow)
        {
            _cardOfKind[chosen.Kind] = card with { Count = card.Count + 1 };
            return chosen with { At = now, Id = id, Updates = card.Id, Count = card.Count + 1 };
        }
        _cardOfKind[chosen.Kind] = new ShownCard(id, now, 1);
        _lastNewCard = now;
        return chosen with { At = now, Id = id, Count = 1 };
    }

    /// <summary>Why a candidate cannot be shown now, or null when it can.</summary>
    private string? BlockedBy(Pending p, TimeSpan now)
    {
        if (now < _snoozedUntil) return "nudges were snoozed";
        // The quiet start is about the moment: greetings are not coached even if their card could go out just after.
        if ((now < Options.QuietStart || p.Nudge.Moment < Options.QuietStart) && !p.AllowedInQuietStart)
            return $"the first {Options.QuietStart.TotalSeconds:0} s (greetings) are kept quiet";
        if (IsUpdate(p.Nudge.Kind, now)) return null;
        if (_lastNewCard is TimeSpan last && now - last < Options.NewCardGap)
            return $"another card was shown {(now - last).TotalSeconds:0} s before (one new card per {Options.NewCardGap.TotalSeconds:0} s)";
        return null;
    }

    private bool IsUpdate(string kind, TimeSpan now) =>
        _cardOfKind.TryGetValue(kind, out var card) && now - card.ShownAt < Options.SameKindWindow;

    /// <summary>Candidates past their fresh window are never shown: they are held back with the last reason they waited.</summary>
    private void Expire(TimeSpan now)
    {
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            if (now - _pending[i].Nudge.Moment <= Options.FreshWindow) continue;
            _heldBack.Add(new HeldBackNudge(_pending[i].Nudge, _pending[i].Reason));
            _pending.RemoveAt(i);
        }
    }

    /// <summary>Another candidate of the shown kind from the same moment says the same thing: it is not a second card.</summary>
    private void GiveUpSameMoment(Nudge shown) =>
        _pending.RemoveAll(p => p.Nudge.Kind == shown.Kind && p.Nudge.Moment == shown.Moment);

    private static bool Beats(Nudge a, Nudge b)
    {
        var pa = NudgeKinds.Priority(a.Kind);
        var pb = NudgeKinds.Priority(b.Kind);
        return pa != pb ? pa > pb : a.Moment < b.Moment;
    }

    private sealed record Pending(Nudge Nudge, bool AllowedInQuietStart, string Reason);

    private sealed record ShownCard(int Id, TimeSpan ShownAt, int Count);
}
