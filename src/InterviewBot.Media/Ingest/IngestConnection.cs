using System.Net.WebSockets;
using InterviewBot.Core.Sessions;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Media.Ingest;

/// <summary>
/// One client connection on <c>/api/media/{sessionId}</c> speaking the ingest protocol (docs/media-protocol.md):
/// JSON control messages and binary PCM16 frames. Bad input closes the connection with the reason; what was
/// received before stays in the session, which waits for a resumed connection, <c>end</c>, or the idle timeout.
/// </summary>
public static class IngestConnection
{
    public static async Task RunAsync(WebSocket socket, MediaSessions sessions, string sessionId, MediaOptions options, ILogger logger, CancellationToken cancellationToken,
        MediaMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(options);
        await using var io = new SocketSession(socket, options.MaxMessageBytes);
        if (await sessions.FindOrResumeAsync(sessionId, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            io.Start(null, cancellationToken);
            await io.CloseAsync(WebSocketCloseStatus.PolicyViolation, "the session has ended", cancellationToken).ConfigureAwait(false);
            return;
        }
        io.Start(live.Feed, cancellationToken);
        var held = new HeldAudio(live.Session, HeldAudio.SamplesFor(options.HeldAudio), metrics, cancellationToken);
        var (status, reason) = await ServeAsync(io, live.Session, held, sessions, sessionId, cancellationToken).ConfigureAwait(false);
        if (held.DroppedSamples > 0) logger.HeldAudioDropped(sessionId, held.DroppedSamples / 16.0);
        logger.ConnectionClosed(sessionId, reason);
        // A client that closed first still gets the closing handshake it waits for.
        await io.CloseAsync(status ?? WebSocketCloseStatus.NormalClosure, reason, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(WebSocketCloseStatus? Status, string Reason)> ServeAsync(SocketSession io, LiveAudioSession session, HeldAudio held, MediaSessions sessions,
        string sessionId, CancellationToken cancellationToken)
    {
        var byIndex = new Dictionary<int, string>();
        var packets = new List<IngestFrame>(); // reused for every message
        var started = false;
        try
        {
            while (await io.ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } message)
            {
                if (held.SessionEnded) return (WebSocketCloseStatus.NormalClosure, "the session has ended");
                if (message.Type == WebSocketMessageType.Text)
                {
                    await held.FedAsync().ConfigureAwait(false); // control events stay in order with the audio before them
                    var (control, error) = ControlMessage.Parse(message.Data.Span);
                    if (control is null) return (WebSocketCloseStatus.InvalidPayloadData, error!);
                    switch (control.Type)
                    {
                        case "start":
                            if (control.Format is not { Encoding: "pcm16", SampleRate: 16000, Channels: 1 })
                                return (WebSocketCloseStatus.InvalidPayloadData, "format must be {\"encoding\":\"pcm16\",\"sample_rate\":16000,\"channels\":1}");
                            var resumed = session.Resumed || session.HeardUntil > TimeSpan.Zero; // a dropped connection picking up where it left off
                            foreach (var p in control.Participants ?? [])
                                if (await AnnounceAsync(session, byIndex, p, cancellationToken).ConfigureAwait(false) is { } bad) return (WebSocketCloseStatus.InvalidPayloadData, bad);
                            started = true;
                            io.Send(new ServerMessage("ready") { SessionId = sessionId, Resumed = resumed });
                            break;
                        case "participant-joined" when control.Participant is { } p:
                            if (await AnnounceAsync(session, byIndex, p, cancellationToken).ConfigureAwait(false) is { } wrong) return (WebSocketCloseStatus.InvalidPayloadData, wrong);
                            break;
                        case "participant-left" when control.Index is { } left && byIndex.TryGetValue(left, out var id):
                            await session.LeaveAsync(id, cancellationToken).ConfigureAwait(false);
                            break;
                        case "end":
                            await sessions.EndAsync(sessionId, "the client ended the session", cancellationToken).ConfigureAwait(false);
                            io.Send(new ServerMessage("ended") { SessionId = sessionId });
                            return (WebSocketCloseStatus.NormalClosure, "session ended");
                        default:
                            return (WebSocketCloseStatus.InvalidPayloadData, $"unknown or incomplete control message '{control.Type}'");
                    }
                    continue;
                }

                if (!started) return (WebSocketCloseStatus.PolicyViolation, "send \"start\" before audio");
                if (IngestFrame.Parse(message.Data, packets) is { } frameError) return (WebSocketCloseStatus.InvalidPayloadData, frameError);
                for (var n = 0; n < packets.Count; n++)
                {
                    var f = packets[n];
                    if (!byIndex.TryGetValue(f.ParticipantIndex, out var participant))
                    {
                        io.Send(new ServerMessage("error") { Message = $"unknown participant index {f.ParticipantIndex}: announce it in start or participant-joined; frame ignored" });
                        continue;
                    }
                    if (!BitConverter.IsLittleEndian)
                    {
                        if (!await session.AcceptAsync(participant, f.MediaTime, f.Samples(), cancellationToken).ConfigureAwait(false)) return (WebSocketCloseStatus.NormalClosure, "the session has ended");
                        continue;
                    }
                    if (held.Holding)
                    {
                        held.Hold(participant, f.MediaTime, f.Pcm.Span);
                        continue;
                    }
                    // The samples go from the receive buffer to the voice activity detector as they are.
                    var pending = session.AcceptPcm16Async(participant, f.MediaTime, f.Pcm, cancellationToken);
                    if (pending.IsCompletedSuccessfully)
                    {
                        if (!pending.Result) return (WebSocketCloseStatus.NormalClosure, "the session has ended");
                        continue;
                    }
                    // Behind: the rest of this message is held, the buffer goes with the call still reading it, and reading goes on.
                    for (var rest = n + 1; rest < packets.Count; rest++)
                        if (byIndex.TryGetValue(packets[rest].ParticipantIndex, out var who)) held.Hold(who, packets[rest].MediaTime, packets[rest].Pcm.Span);
                    held.Begin(pending.AsTask(), io.LetGoOfBuffer());
                    break;
                }
            }
            await held.FedAsync().ConfigureAwait(false); // what was received is applied before the connection goes
            return (null, "the client closed the connection");
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

    private static async Task<string?> AnnounceAsync(LiveAudioSession session, Dictionary<int, string> byIndex, IngestParticipant p, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(p.Id)) return "a participant needs an \"id\"";
        if (byIndex.TryGetValue(p.Index, out var existing) && existing != p.Id) return $"participant index {p.Index} is already {existing}";
        byIndex[p.Index] = p.Id;
        await session.JoinAsync(new Participant(p.Id, p.Name ?? p.Id, ParticipantRoles.Parse(p.Role)), cancellationToken).ConfigureAwait(false);
        return null;
    }
}
