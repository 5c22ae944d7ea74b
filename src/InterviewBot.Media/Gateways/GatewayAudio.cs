namespace InterviewBot.Media.Gateways;

/// <summary>One chunk of one participant's audio as a meeting-bot gateway sent it, already in our format (16 kHz mono PCM16).</summary>
public sealed record GatewayAudio(string ParticipantKey, string? Name, bool? IsHost, TimeSpan MediaTime, short[] Samples);

/// <summary>Turns one gateway's WebSocket text messages into audio chunks; a message it does not need is skipped (null, no error).</summary>
public interface IGatewayTranslator
{
    /// <summary>The path segment of this gateway's door: <c>/api/media/{name}/{sessionId}</c>.</summary>
    string Name { get; }

    /// <param name="message">One text message, UTF-8.</param>
    /// <param name="sessionStarted">Wall-clock start of the session, for gateways that stamp audio with the wall clock.</param>
    (GatewayAudio? Audio, string? Error) Translate(ReadOnlySpan<byte> message, DateTimeOffset sessionStarted);
}
