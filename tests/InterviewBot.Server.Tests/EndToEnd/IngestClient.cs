using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>A media client speaking the ingest protocol over a real WebSocket, collecting what the server says back.</summary>
internal sealed class IngestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private Task? _receiving;

    public ConcurrentQueue<JsonNode> Received { get; } = new();

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<IngestClient> ConnectAsync(Uri mediaUrl, string token)
    {
        var client = new IngestClient();
        client._socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        await client._socket.ConnectAsync(mediaUrl, CancellationToken.None);
        client._receiving = client.ReceiveAsync();
        return client;
    }

    public Task SendJsonAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendBinaryAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None);

    public Task StartAsync(params (int Index, string Id, string Name, string Role)[] people) => SendJsonAsync(new JsonObject
    {
        ["type"] = "start",
        ["format"] = new JsonObject { ["encoding"] = "pcm16", ["sample_rate"] = 16000, ["channels"] = 1 },
        ["participants"] = new JsonArray(people.Select(p => (JsonNode)new JsonObject { ["index"] = p.Index, ["id"] = p.Id, ["name"] = p.Name, ["role"] = p.Role }).ToArray()),
    }.ToJsonString());

    /// <summary>Waits until the server closed the connection (or the timeout passed).</summary>
    public async Task WaitClosedAsync(TimeSpan? timeout = null)
    {
        if (_receiving is not null) await _receiving.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    public async Task<JsonNode> WaitForAsync(string type, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (Received.FirstOrDefault(m => m["type"]?.GetValue<string>() == type) is { } found) return found;
            await Task.Delay(20);
        }
        throw new TimeoutException($"no '{type}' message; got: {string.Join(" | ", Received.Select(r => r.ToJsonString()))}");
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived) await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    return;
                }
                if (JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count)) is { } node) Received.Enqueue(node);
            }
        }
        catch (WebSocketException)
        {
            // The server dropped the connection.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open) await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        if (_receiving is not null) await _receiving.WaitAsync(TimeSpan.FromSeconds(10));
        _socket.Dispose();
    }
}
