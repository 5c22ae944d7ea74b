using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Tests.TestSupport;

/// <summary>Collects delivered nudges, and optionally writes to a shared log to check ordering.</summary>
internal sealed class RecordingSink(List<string>? log = null) : INudgeSink
{
    public List<Nudge> Delivered { get; } = [];

    public ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        Delivered.Add(nudge);
        log?.Add($"sink:{nudge.Kind}");
        return ValueTask.CompletedTask;
    }
}
