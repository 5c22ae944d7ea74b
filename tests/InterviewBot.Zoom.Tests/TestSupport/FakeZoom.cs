using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Zoom.Tests.TestSupport;

/// <summary>
/// Zoom's side of RTMS as published: a signaling socket (1 → 2, expects 7), a media socket (3 → 4, then audio 14 per
/// speaker, keep-alives 12 that must be answered with 13), the OAuth token endpoint, users and Team Chat messages.
/// It checks every handshake signature and can drop the media socket once mid-stream to force a reconnect.
/// </summary>
internal sealed class FakeZoom : Loopback
{
    public const string ClientId = "zoom-client";
    public const string ClientSecret = "zoom-client-secret";
    public const string MeetingUuid = "4444AAAiAAAAAiAiAiiAii==";
    public const string StreamId = "03db704592624398931a588dd78200cb";

    private readonly TaskCompletionSource _streamed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _mediaConnections;

    public FakeZoom()
    {
        App.UseWebSockets();
        App.Map("/signaling", SignalingAsync);
        App.Map("/media", MediaAsync);
        App.MapPost("/oauth/token", () => Results.Json(new JsonObject { ["access_token"] = "zoom-token", ["token_type"] = "bearer", ["expires_in"] = 3600 }));
        App.MapGet("/v2/users/{id}", (string id) => Results.Json(new JsonObject { ["id"] = id, ["display_name"] = "Dana", ["first_name"] = "Dana", ["last_name"] = "" }));
        App.MapPost("/v2/im/chat/messages", async (HttpContext ctx) =>
        {
            Chat.Enqueue((await JsonNode.ParseAsync(ctx.Request.Body))!);
            return Results.Json(new JsonObject { ["message_id"] = $"message-{Chat.Count}" });
        });
        App.MapPut("/v2/im/chat/messages/{messageId}", async (HttpContext ctx, string messageId) =>
        {
            Edits.Enqueue((messageId, (await JsonNode.ParseAsync(ctx.Request.Body))!));
            return Results.Json(new JsonObject { ["message_id"] = messageId });
        });
    }

    /// <summary>Dana's and Sam's 16 kHz PCM16 audio to stream.</summary>
    public short[][] Audio { get; set; } = [];

    /// <summary>Close the first media connection after this many chunks (0: never); the reconnect resends the last few.</summary>
    public int DropFirstMediaAfterChunks { get; set; }

    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>How many media sockets the client opened (a reconnect opens another).</summary>
    public int MediaConnections => Volatile.Read(ref _mediaConnections);

    public ConcurrentQueue<JsonNode> Chat { get; } = new();

    /// <summary>Chatbot message edits: the message id and the new body, in order.</summary>
    public ConcurrentQueue<(string MessageId, JsonNode Body)> Edits { get; } = new();

    public int SignalingHandshakes;
    public int ClientReady;
    public int KeepAlivesAnswered;

    /// <summary>Completes when all the audio has been sent.</summary>
    public Task Streamed => _streamed.Task;

    public Uri SignalingUrl => new UriBuilder(new Uri(BaseUri, "signaling")) { Scheme = "ws" }.Uri;

    private static string Signature() =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ClientSecret), Encoding.UTF8.GetBytes($"{ClientId},{MeetingUuid},{StreamId}")));

    private async Task SignalingAsync(HttpContext ctx)
    {
        using var ws = await ctx.WebSockets.AcceptWebSocketAsync();
        var hello = await ReceiveAsync(ws);
        if (hello?["msg_type"]?.GetValue<int>() != 1 || hello["signature"]?.GetValue<string>() != Signature() || hello["rtms_stream_id"]?.GetValue<string>() != StreamId)
        {
            Log.Enqueue("bad signaling handshake: " + hello?.ToJsonString());
            await SendAsync(ws, new JsonObject { ["msg_type"] = 2, ["status_code"] = 3, ["reason"] = "invalid signature" });
            return;
        }
        Interlocked.Increment(ref SignalingHandshakes);
        await SendAsync(ws, new JsonObject
        {
            ["msg_type"] = 2, ["protocol_version"] = 1, ["sequence"] = 0, ["status_code"] = 0,
            ["media_server"] = new JsonObject { ["server_urls"] = new JsonObject { ["audio"] = new UriBuilder(new Uri(BaseUri, "media")) { Scheme = "ws" }.Uri.ToString() } },
        });
        await SendAsync(ws, new JsonObject { ["msg_type"] = 12, ["timestamp"] = 1111 });
        while (await ReceiveAsync(ws) is { } message)
        {
            switch (message["msg_type"]?.GetValue<int>())
            {
                case 7: Interlocked.Increment(ref ClientReady); break;
                case 13 when message["timestamp"]?.GetValue<long>() == 1111: Interlocked.Increment(ref KeepAlivesAnswered); break;
            }
        }
    }

    private async Task MediaAsync(HttpContext ctx)
    {
        using var ws = await ctx.WebSockets.AcceptWebSocketAsync();
        var connection = Interlocked.Increment(ref _mediaConnections);
        var hello = await ReceiveAsync(ws);
        if (hello?["msg_type"]?.GetValue<int>() != 3 || hello["signature"]?.GetValue<string>() != Signature()
            || hello["media_params"]?["audio"]?["data_opt"]?.GetValue<int>() != 2 || hello["media_params"]?["audio"]?["sample_rate"]?.GetValue<int>() != 1)
        {
            Log.Enqueue("bad media handshake: " + hello?.ToJsonString());
            await SendAsync(ws, new JsonObject { ["msg_type"] = 4, ["status_code"] = 3 });
            return;
        }
        await SendAsync(ws, new JsonObject { ["msg_type"] = 4, ["status_code"] = 0 });
        await SendAsync(ws, new JsonObject { ["msg_type"] = 12, ["timestamp"] = 2222 });
        var pong = await ReceiveAsync(ws);
        if (pong?["msg_type"]?.GetValue<int>() == 13 && pong["timestamp"]?.GetValue<long>() == 2222) Interlocked.Increment(ref KeepAlivesAnswered);

        // Per-speaker audio, 100 ms per message, stamped in epoch milliseconds. A reconnect resends from a little
        // before where the dropped connection stopped, as a real stream's buffer would.
        const int chunk = 1600;
        const long epoch = 1_764_064_800_000;
        var total = Audio[0].Length / chunk;
        var from = connection == 1 ? 0 : Math.Max(0, DropFirstMediaAfterChunks - 5);
        for (var i = from; i < total; i++)
        {
            if (connection == 1 && DropFirstMediaAfterChunks > 0 && i == DropFirstMediaAfterChunks)
            {
                // The media server goes away mid-stream (what was sent is delivered first, as TCP would).
                await ws.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "media server restarting", CancellationToken.None);
                return;
            }
            for (var speaker = 0; speaker < 2; speaker++)
            {
                var bytes = new byte[chunk * 2];
                Buffer.BlockCopy(Audio[speaker], i * chunk * 2, bytes, 0, bytes.Length);
                await SendAsync(ws, new JsonObject
                {
                    ["msg_type"] = 14,
                    ["content"] = new JsonObject
                    {
                        ["user_id"] = speaker == 0 ? 16778240 : 16779264, ["user_name"] = speaker == 0 ? "Dana" : "Sam",
                        ["data"] = Convert.ToBase64String(bytes), ["timestamp"] = epoch + i * 100,
                    },
                });
            }
        }
        _streamed.TrySetResult();
        while (await ReceiveAsync(ws) is not null)
        {
            // Keep the stream open until the client goes (rtms_stopped).
        }
    }

    private static Task SendAsync(WebSocket ws, JsonObject message) =>
        ws.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonNode?> ReceiveAsync(WebSocket ws)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            var result = await ws.ReceiveAsync(buffer, CancellationToken.None);
            return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException)
        {
            return null;
        }
    }
}
