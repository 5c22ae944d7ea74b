namespace InterviewBot.Server;

/// <summary>
/// How Kestrel runs socket work. With <c>Media:InlineSocketCompletions</c> on, the code a received message wakes runs on
/// the socket's I/O thread instead of hopping to the thread pool: for thousands of small audio messages a second the
/// hops, not the audio, are most of the cost. Unsafe for handlers that block, so it is off unless asked for; set
/// <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c> in the environment as well to inline the runtime's layer too.
/// </summary>
internal static class MediaTransport
{
    public static void Configure(WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Media:InlineSocketCompletions"))
            builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = true);
    }
}
