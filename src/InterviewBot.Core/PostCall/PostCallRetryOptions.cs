namespace InterviewBot.Core.PostCall;

/// <summary>How often a failing post-call is tried again before it is marked failed (configuration section <c>PostCall</c>).</summary>
public sealed class PostCallRetryOptions
{
    public const string Section = "PostCall";

    /// <summary>Attempts in all, the first included; after the last the session's post-call is failed, with the reason.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Wait before the second attempt; each later wait doubles.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before attempt <paramref name="attempt"/> (2 or more).</summary>
    public TimeSpan DelayBefore(int attempt) => FirstRetryDelay * Math.Pow(2, Math.Max(0, attempt - 2));
}
