namespace InterviewBot.Core.Sessions.Events;

/// <summary>
/// How to rebuild one of a session's nudge sinks on any server: its kind (which factory reads it), the version of the
/// settings' shape, and the settings themselves — addresses only (a service URL, a conversation id, a chat JID), never
/// a token or a key, which the rebuilt sink fetches again.
/// </summary>
public sealed record SinkDescriptor(string Kind, int Version, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>A setting, or null when this descriptor has none of that name.</summary>
    public string? Setting(string name) => Settings.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A nudge sink was attached to the session (a Teams chat, Zoom Team Chat): journaled so a server that takes the
/// session up rebuilds it. Not an input to coaching.
/// </summary>
public sealed record SinkAttached(TimeSpan At, SinkDescriptor Sink) : SessionEvent(At);

/// <summary>
/// A sink posted something it may later change in place — a nudge card (<paramref name="Item"/> <c>nudge:{id}</c>), a
/// status card — and the channel's id for it (a Teams activity id, a Zoom message id), so a sink rebuilt elsewhere
/// updates what is already on screen. Not an input to coaching.
/// </summary>
public sealed record SinkPosted(TimeSpan At, string Sink, string Item, string Reference) : SessionEvent(At)
{
    /// <summary>The item name of a nudge's card.</summary>
    public static string NudgeItem(int nudgeId) => "nudge:" + nudgeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
