using System.Net.WebSockets;
using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// One meeting-bot gateway connection on <c>/api/media/{gateway}/{sessionId}</c>: its messages, translated, feed the
/// session like any other door. Gateways reconnect on their own and may hold several connections per meeting;
/// each is just another producer for the same session.
/// </summary>
public static class GatewayConnection
{
    public static async Task RunAsync(WebSocket socket, IGatewayTranslator translator, MediaSessions sessions, string sessionId, MediaOptions options, ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(translator);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(options);
        await using var io = new SocketSession(socket, options.MaxMessageBytes);
        io.Start(null, cancellationToken);
        if (await sessions.FindOrResumeAsync(sessionId, cancellationToken).ConfigureAwait(false) is not { } live || sessions.StartedAt(sessionId) is not { } started)
        {
            await io.CloseAsync(WebSocketCloseStatus.PolicyViolation, "the session has ended", cancellationToken).ConfigureAwait(false);
            return;
        }
        var (status, reason) = await ServeAsync(io, translator, live.Session, started, cancellationToken).ConfigureAwait(false);
        logger.ConnectionClosed(sessionId, reason);
        // A client that closed first still gets the closing handshake it waits for.
        await io.CloseAsync(status ?? WebSocketCloseStatus.NormalClosure, reason, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(WebSocketCloseStatus? Status, string Reason)> ServeAsync(SocketSession io, IGatewayTranslator translator, LiveAudioSession session,
        DateTimeOffset started, CancellationToken cancellationToken)
    {
        // One chunk per connection: every message is decoded into its buffers, so the steady path allocates nothing.
        using var chunk = new GatewayChunk();
        try
        {
            while (await io.ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } message)
            {
                if (message.Type != WebSocketMessageType.Text) return (WebSocketCloseStatus.InvalidMessageType, $"{translator.Name} sends JSON text messages");
                if (!translator.Translate(message.Data.Span, started, chunk, out var error))
                {
                    if (error is not null) return (WebSocketCloseStatus.InvalidPayloadData, error);
                    continue;
                }
                var participant = await session.ResolveGatewayParticipantAsync(chunk.ParticipantKey, chunk.Name, chunk.IsHost, cancellationToken).ConfigureAwait(false);
                var accepted = BitConverter.IsLittleEndian
                    ? session.AcceptPcm16Async(participant, chunk.MediaTime, chunk.Pcm, cancellationToken)
                    : session.AcceptAsync(participant, chunk.MediaTime, chunk.Samples(), cancellationToken);
                if (!await accepted.ConfigureAwait(false)) return (WebSocketCloseStatus.NormalClosure, "the session has ended");
            }
            return (null, "the gateway closed the connection");
        }
        catch (MessageTooBigException ex)
        {
            return (WebSocketCloseStatus.MessageTooBig, ex.Message);
        }
        catch (WebSocketException ex)
        {
            return (null, $"connection lost: {ex.Message}");
        }
    }
}
