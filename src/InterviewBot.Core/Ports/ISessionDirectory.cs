using System.Text.Json.Serialization;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Ports;

/// <summary>
/// Where sessions are owned: this machine (its journal, post-call run here) or the cluster (one session grain per
/// interview). Hosts reach sessions through it, so one machine and many are swapped by configuration.
/// </summary>
public interface ISessionDirectory
{
    /// <summary>The journal live sessions write through: straight to storage, or to the session's single owner.</summary>
    ISessionJournal Journal { get; }

    /// <summary>What an open session has journaled, for a node resuming it; null when it never started or has ended.</summary>
    Task<JournalReadResult?> OpenAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Hands an ended session to its post-call: scheduled durably, idempotent by session id, retried with back-off.</summary>
    Task<PostCallState> CompleteAsync(ISessionView ended, CancellationToken cancellationToken);

    /// <summary>Where a session's post-call stands.</summary>
    Task<PostCallState> PostCallStateAsync(string sessionId, CancellationToken cancellationToken);
}

/// <summary>A session's post-call: not yet due, pending (with attempts made), written, or failed for good with the reason.</summary>
public sealed record PostCallState(PostCallStatus Status, int Attempts = 0, string? Reason = null)
{
    public static PostCallState NotEnded { get; } = new(PostCallStatus.NotEnded);
}

/// <summary>The stages of <see cref="PostCallState"/>.</summary>
public enum PostCallStatus
{
    [JsonStringEnumMemberName("not_ended")] NotEnded,
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("written")] Written,
    [JsonStringEnumMemberName("failed")] Failed,
}
