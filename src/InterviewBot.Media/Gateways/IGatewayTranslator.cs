namespace InterviewBot.Media.Gateways;

/// <summary>Turns one gateway's WebSocket text messages into audio chunks; a message it does not need is skipped (false, no error).</summary>
/// <remarks>One instance serves every connection, so it keeps no state: what a message holds goes into the connection's <see cref="GatewayChunk"/>.</remarks>
public interface IGatewayTranslator
{
    /// <summary>The path segment of this gateway's door: <c>/api/media/{name}/{sessionId}</c>.</summary>
    string Name { get; }

    /// <summary>Reads one message into <paramref name="chunk"/>; true when it held audio, false when it is skipped or refused (then <paramref name="refusal"/> says why).</summary>
    /// <param name="message">One text message, UTF-8.</param>
    /// <param name="sessionStarted">Wall-clock start of the session, for gateways that stamp audio with the wall clock.</param>
    /// <param name="chunk">The connection's reusable chunk: its buffers are overwritten by every call.</param>
    /// <param name="refusal">Why the message was refused; null when it was audio or skipped.</param>
    bool Translate(ReadOnlySpan<byte> message, DateTimeOffset sessionStarted, GatewayChunk chunk, out string? refusal);
}
