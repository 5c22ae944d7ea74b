using InterviewBot.Core.Coaching.Rules;

namespace InterviewBot.Core.Coaching.Policy;

/// <summary>
/// Decides which proposed nudges reach the interviewer: rate limit, cooldown per kind, quiet start,
/// priority, snooze and mute. Candidates that are blocked wait while they are fresh, so a nudge
/// can fire in the first free slot rather than being lost to a tie.
/// </summary>
public sealed class NudgePolicy(NudgePolicyOptions options)
{
    private readonly List<NudgeCandidate> _pending = [];
    private readonly Dictionary<string, TimeSpan> _lastOfKind = new(StringComparer.Ordinal);
    private readonly HashSet<string> _muted = new(StringComparer.Ordinal);
    private TimeSpan? _lastRaised;
    private TimeSpan _snoozedUntil = TimeSpan.MinValue;

    public NudgePolicyOptions Options { get; } = options;

    public IReadOnlySet<string> MutedKinds => _muted;

    public void Snooze(TimeSpan until) => _snoozedUntil = until > _snoozedUntil ? until : _snoozedUntil;

    public void Mute(string kind) => _muted.Add(kind);

    /// <summary>Lifts every mute and any snooze.</summary>
    public void Unmute()
    {
        _muted.Clear();
        _snoozedUntil = TimeSpan.MinValue;
    }

    /// <summary>Offers this step's candidates and returns the nudge to raise now, if any.</summary>
    public Nudge? Decide(TimeSpan now, IReadOnlyCollection<NudgeCandidate> candidates)
    {
        foreach (var c in candidates)
            if (!_muted.Contains(c.Nudge.Kind)) _pending.Add(c);
        _pending.RemoveAll(c => c.FreshUntil < now);
        if (_pending.Count == 0 || now < _snoozedUntil) return null;
        if (_lastRaised is TimeSpan last && now - last < Options.MinimumGap) return null;

        var best = -1;
        for (var i = 0; i < _pending.Count; i++)
        {
            var c = _pending[i];
            if (!IsAllowed(c, now)) continue;
            if (best < 0 || Beats(c, _pending[best])) best = i;
        }
        if (best < 0) return null;

        var chosen = _pending[best].Nudge with { At = now };
        _pending.RemoveAll(c => c.Nudge.Kind == chosen.Kind);
        _lastRaised = now;
        _lastOfKind[chosen.Kind] = now;
        return chosen;
    }

    private bool IsAllowed(NudgeCandidate c, TimeSpan now)
    {
        if (now < Options.QuietStart && !c.AllowedInQuietStart) return false;
        return !_lastOfKind.TryGetValue(c.Nudge.Kind, out var last) || now - last >= Options.SameKindCooldown;
    }

    private static bool Beats(NudgeCandidate a, NudgeCandidate b)
    {
        var pa = NudgeKinds.Priority(a.Nudge.Kind);
        var pb = NudgeKinds.Priority(b.Nudge.Kind);
        return pa != pb ? pa > pb : a.Nudge.At < b.Nudge.At;
    }
}
