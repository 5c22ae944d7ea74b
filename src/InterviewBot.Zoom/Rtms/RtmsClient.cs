using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Media.Gateways;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Zoom.Rtms;

/// <summary>
/// Zoom Realtime Media Streams, as the published protocol has it: a signaling socket (handshake 1 → 2 with the
/// media server's URLs, client-ready 7 once media is up), a media socket (handshake 3 → 4, then audio 14 per
/// speaker: data_opt 2), keep-alives (12 answered with 13) on both, and a fresh handshake when a socket drops
/// before the stream stops. Audio goes into the live session like any other door.
/// </summary>
public sealed class RtmsClient(IOptions<ZoomOptions> options, TimeProvider time, ILogger<RtmsClient> logger)
{
    /// <summary>Streams until <paramref name="cancellationToken"/> (the stream stopped) or Zoom says it ended; throws <see cref="RtmsException"/> when Zoom refuses a handshake.</summary>
    public async Task RunAsync(RtmsStart stream, LiveAudioSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(session);
        var o = options.Value;
        if (string.IsNullOrEmpty(o.ClientId) || string.IsNullOrEmpty(o.ClientSecret)) throw new RtmsException("Zoom:ClientId and Zoom:ClientSecret are needed to open an RTMS stream");
        var clock = new RtmsStreamClock();
        for (var attempt = 0; ; attempt++)
        {
            var ended = await RunOnceAsync(stream, session, clock, o, cancellationToken).ConfigureAwait(false);
            if (ended || cancellationToken.IsCancellationRequested) return;
            if (attempt >= o.ReconnectAttempts) throw new RtmsException($"the RTMS stream dropped and {o.ReconnectAttempts} reconnects failed");
            logger.RtmsReconnecting(stream.StreamId, attempt + 1);
            await Task.Delay(o.ReconnectDelay * Math.Pow(2, Math.Min(attempt, 5)), time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One connection: true when the stream ended (no reconnect), false when a socket dropped.</summary>
    private async Task<bool> RunOnceAsync(RtmsStart stream, LiveAudioSession session, RtmsStreamClock clock, ZoomOptions o, CancellationToken cancellationToken)
    {
        var signature = stream.Signature(o.ClientId!, o.ClientSecret!);
        using var signaling = new ClientWebSocket();
        using var media = new ClientWebSocket();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await signaling.ConnectAsync(stream.SignalingUrl, cancellationToken).ConfigureAwait(false);
            await SendAsync(signaling, new JsonObject
            {
                ["msg_type"] = 1, ["protocol_version"] = 1, ["sequence"] = Random.Shared.Next(1, int.MaxValue),
                ["meeting_uuid"] = stream.MeetingUuid, ["rtms_stream_id"] = stream.StreamId, ["signature"] = signature, ["buffer_data"] = false,
            }, cancellationToken).ConfigureAwait(false);
            using var answer = await ReceiveAsync(signaling, cancellationToken).ConfigureAwait(false) ?? throw new WebSocketException("signaling closed during the handshake");
            var root = answer.RootElement;
            if (Int(root, "msg_type") != 2) throw new RtmsException($"expected a signaling handshake answer (2), got {root.GetRawText()}");
            if (Int(root, "status_code") != 0) throw new RtmsException($"Zoom refused the signaling handshake: {root.GetRawText()}");
            var urls = root.GetProperty("media_server").GetProperty("server_urls");
            var mediaUrl = (urls.TryGetProperty("audio", out var audio) ? audio : urls.GetProperty("all")).GetString()!;

            await media.ConnectAsync(new Uri(mediaUrl), cancellationToken).ConfigureAwait(false);
            await SendAsync(media, new JsonObject
            {
                ["msg_type"] = 3, ["protocol_version"] = 1, ["meeting_uuid"] = stream.MeetingUuid, ["rtms_stream_id"] = stream.StreamId, ["signature"] = signature,
                ["media_type"] = 1, ["payload_encryption"] = false,
                ["media_params"] = new JsonObject
                {
                    ["audio"] = new JsonObject { ["content_type"] = 2, ["sample_rate"] = 1, ["channel"] = 1, ["codec"] = 1, ["data_opt"] = 2, ["send_rate"] = 20 },
                },
            }, cancellationToken).ConfigureAwait(false);
            using (var accepted = await ReceiveAsync(media, cancellationToken).ConfigureAwait(false) ?? throw new WebSocketException("media closed during the handshake"))
            {
                if (Int(accepted.RootElement, "msg_type") != 4 || Int(accepted.RootElement, "status_code") != 0)
                    throw new RtmsException($"Zoom refused the media handshake: {accepted.RootElement.GetRawText()}");
            }
            var signalingLock = new SemaphoreSlim(1, 1);
            await SendAsync(signaling, new JsonObject { ["msg_type"] = 7, ["rtms_stream_id"] = stream.StreamId }, cancellationToken).ConfigureAwait(false);
            logger.RtmsStreaming(stream.StreamId);

            var signalingLoop = SignalingLoopAsync(signaling, signalingLock, stop.Token);
            var mediaLoop = MediaLoopAsync(media, session, clock, stop.Token);
            var first = await Task.WhenAny(signalingLoop, mediaLoop).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            var ended = await first.ConfigureAwait(false);
            await Quietly(signalingLoop).ConfigureAwait(false);
            await Quietly(mediaLoop).ConfigureAwait(false);
            signalingLock.Dispose();
            return ended;
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException or KeyNotFoundException && !cancellationToken.IsCancellationRequested)
        {
            logger.RtmsDropped(stream.StreamId, ex.Message);
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return true;
        }
    }

    /// <summary>Answers keep-alives; true when Zoom reports the stream or session over (8, 9 with a stop state).</summary>
    private static async Task<bool> SignalingLoopAsync(ClientWebSocket socket, SemaphoreSlim sendLock, CancellationToken cancellationToken)
    {
        using var buffer = new RtmsReceiveBuffer();
        while (await buffer.ReceiveAsync(socket, cancellationToken).ConfigureAwait(false))
        {
            // Signaling carries a message every few seconds at most: a document per message is fine here.
            using (var message = JsonDocument.Parse(buffer.Message))
            {
                var root = message.RootElement;
                switch (Int(root, "msg_type"))
                {
                    case 12:
                        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
                        try
                        {
                            await SendAsync(socket, new JsonObject { ["msg_type"] = 13, ["timestamp"] = root.GetProperty("timestamp").GetInt64() }, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            sendLock.Release();
                        }
                        break;
                    case 8 or 9 when Int(root, "state") is 4 or 5 || root.TryGetProperty("stop_reason", out _):
                        return true;
                }
            }
        }
        return false; // the socket closed under us: reconnect
    }

    /// <summary>
    /// The steady path: every audio message is read from one pooled buffer into one reusable chunk and handed to the
    /// session as PCM16 bytes, so nothing is allocated per chunk once the speakers are known.
    /// </summary>
    private static async Task<bool> MediaLoopAsync(ClientWebSocket socket, LiveAudioSession session, RtmsStreamClock clock, CancellationToken cancellationToken)
    {
        using var buffer = new RtmsReceiveBuffer();
        using var chunk = new GatewayChunk();
        var answer = new byte[64];
        while (await buffer.ReceiveAsync(socket, cancellationToken).ConfigureAwait(false))
        {
            switch (RtmsMediaMessage.Read(buffer.Message.Span, chunk, clock, out var keepAlive))
            {
                case RtmsMediaKind.KeepAlive:
                    var length = RtmsMediaMessage.WriteKeepAliveAnswer(answer, keepAlive);
                    await socket.SendAsync(answer.AsMemory(0, length), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                    break;
                case RtmsMediaKind.Audio:
                    var participant = await session.ResolveGatewayParticipantAsync(chunk.ParticipantKey, chunk.Name, null, cancellationToken).ConfigureAwait(false);
                    var accepted = BitConverter.IsLittleEndian
                        ? session.AcceptPcm16Async(participant, chunk.MediaTime, chunk.Pcm, cancellationToken)
                        : session.AcceptAsync(participant, chunk.MediaTime, chunk.Samples(), cancellationToken);
                    if (!await accepted.ConfigureAwait(false)) return true;
                    break;
            }
        }
        return false;
    }

    private static int Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : -1;

    private static Task SendAsync(ClientWebSocket socket, JsonObject message, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>One handshake answer as a document (twice per connection, so a copy of the message is fine).</summary>
    private static async Task<JsonDocument?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new RtmsReceiveBuffer();
        return await buffer.ReceiveAsync(socket, cancellationToken).ConfigureAwait(false) ? JsonDocument.Parse(buffer.Message.ToArray()) : null;
    }

    private static async Task Quietly(Task<bool> loop)
    {
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // One loop ended the connection; the other was stopped with it.
        }
    }
}

/// <summary>Zoom refused an RTMS handshake, or the stream could not be reopened.</summary>
public sealed class RtmsException : Exception
{
    public RtmsException() { }

    public RtmsException(string message) : base(message) { }

    public RtmsException(string message, Exception innerException) : base(message, innerException) { }
}
