using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Zoom.Chat;

/// <summary>
/// The host's Zoom Team Chat as a durable sink, described by its chat target (the user's JID and account) — no token:
/// the API client fetches the app's own. Rebuilt from that on any server that takes the session up.
/// </summary>
public sealed class ZoomChatSinks(ZoomApi api, IOptions<ZoomOptions> options, ILogger<ZoomChatSinks> logger) : ISinkFactory
{
    /// <summary>The descriptor kind.</summary>
    public const string SinkKind = "zoom-chat";

    /// <summary>The settings' shape this server writes and reads.</summary>
    public const int Version = 1;

    public string Kind => SinkKind;

    /// <summary>Nudges to <paramref name="toJid"/>'s Team Chat, as a descriptor to journal.</summary>
    public static SinkDescriptor Describe(string toJid, string? accountId)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { ["toJid"] = toJid };
        if (accountId is not null) settings["accountId"] = accountId;
        return new SinkDescriptor(SinkKind, Version, settings);
    }

    public ValueTask<BuiltSink?> BuildAsync(SinkDescriptor descriptor, SinkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(context);
        // Without the app's chatbot there is no one to send as (Zoom:RobotJid), here or wherever the session started.
        if (descriptor.Version != Version || descriptor.Setting("toJid") is not { } toJid || options.Value.RobotJid is not { Length: > 0 })
            return ValueTask.FromResult<BuiltSink?>(null);
        return ValueTask.FromResult<BuiltSink?>(new BuiltSink(new ZoomChatNudgeSink(api, toJid, descriptor.Setting("accountId"), logger, context.Notes), []));
    }
}
