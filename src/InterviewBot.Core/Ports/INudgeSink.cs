using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Ports;

/// <summary>Where raised nudges go: the console, a Teams card, a Zoom chat message. Sinks own their retries.</summary>
public interface INudgeSink
{
    ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken);
}
