using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace InterviewBot.Azure;

/// <summary>The one resilience shape every outbound cloud call uses: a total limit, retries, a per-attempt limit.</summary>
internal static class OutboundResilience
{
    /// <summary>
    /// Outer limit first, then retries (429 honours Retry-After; 5xx and timed-out attempts back off
    /// exponentially with jitter), then, innermost, each attempt's own limit.
    /// </summary>
    public static void AddTimeoutsAndRetries(ResiliencePipelineBuilder<HttpResponseMessage> builder, TimeSpan total, TimeSpan attempt, int retries, TimeSpan baseDelay,
        HttpCircuitBreakerStrategyOptions? circuitBreaker = null)
    {
        builder.AddTimeout(total);
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, retries),
            BackoffType = DelayBackoffType.Exponential,
            ShouldRetryAfterHeader = true,
            UseJitter = true,
            Delay = baseDelay,
        });
        if (circuitBreaker is not null) builder.AddCircuitBreaker(circuitBreaker);
        builder.AddTimeout(attempt);
    }
}
