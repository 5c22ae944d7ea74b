using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// Microsoft 365 Agents Playground (Microsoft's Teams emulator, installed by scripts/install.sh into tools/teams)
/// running on loopback against our bot. Drives it through its control API and watches, over the same WebSocket its
/// web UI uses, every message it shows.
/// </summary>
internal sealed class Playground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _log = new();
    private Task? _receiving;

    private Playground(Process process, int port, string fakeBin)
    {
        _process = process;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        FakeBin = fakeBin;
        Http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }
    public Uri BaseUri { get; }
    public HttpClient Http { get; }
    private string FakeBin { get; }

    /// <summary>What the playground pushed to its UI: createMessage and updateMessage actions, in order.</summary>
    public ConcurrentQueue<JsonNode> Shown { get; } = new();

    public string Log { get { lock (_log) return _log.ToString(); } }

    public static async Task<Playground> StartAsync(Uri botEndpoint)
    {
        var cli = Path.Combine(RepoRoot(), "tools", "teams", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run scripts/install.sh (it installs the Agents Playground with npm)");
        // With no desktop the playground tries to open a browser and exits; a no-op xdg-open keeps it up.
        var fakeBin = Directory.CreateTempSubdirectory("ib-playground-bin-").FullName;
        File.CreateSymbolicLink(Path.Combine(fakeBin, "xdg-open"), "/bin/true");
        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "-e", botEndpoint.ToString(), "-c", "msteams", "--dt", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        start.Environment["PATH"] = fakeBin + ":" + Environment.GetEnvironmentVariable("PATH");
        var process = Process.Start(start)!;
        var playground = new Playground(process, port, fakeBin);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (playground._log) playground._log.AppendLine(e.Data);
            if (e.Data.Contains("Listening on", StringComparison.Ordinal)) listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (playground._log) playground._log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ready = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(ready == listening.Task, $"the playground did not start:\n{playground.Log}");
        await playground._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), CancellationToken.None);
        playground._receiving = playground.ReceiveAsync();
        return playground;
    }

    public async Task<JsonNode> ConfigAsync() => (await Http.GetFromJsonAsync<JsonNode>("_internal/v1/config"))!["config"]!;

    /// <summary>Sends an activity to the bot as the playground's user, in a conversation (its template, with our fields on top).</summary>
    public async Task SendCustomActivityAsync(string conversationId, string? templateType, JsonObject fields)
    {
        var query = $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}" + (templateType is null ? "" : $"&type={templateType}");
        var activity = (await Http.GetFromJsonAsync<JsonObject>(query))!;
        foreach (var (key, value) in fields) activity[key] = value?.DeepClone();
        using var response = await Http.PostAsJsonAsync("_internal/v1/customActivities", activity);
        response.EnsureSuccessStatusCode();
    }

    public async Task SayAsync(string conversationId, string userId, string text)
    {
        using var response = await Http.PostAsJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            new JsonObject { ["from"] = new JsonObject { ["id"] = userId }, ["text"] = text, ["textFormat"] = "plain" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Presses an Action.Execute button on a card the bot sent, as the user; returns the bot's invoke answer.</summary>
    public async Task<JsonNode?> PressAsync(string conversationId, string userId, string messageId, string verb, JsonObject data)
    {
        using var response = await Http.PostAsJsonAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" },
            ["from"] = new JsonObject { ["id"] = userId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = messageId,
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"invoke failed: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>Waits until a message matching <paramref name="match"/> has been shown.</summary>
    public async Task<JsonNode> WaitForAsync(Func<JsonNode, bool> match, string what, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (Shown.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"the playground never showed {what}; it showed:\n{string.Join("\n", Shown.Select(s => s.ToJsonString()[..Math.Min(300, s.ToJsonString().Length)]))}\nlog:\n{Log}");
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                if (JsonNode.Parse(message.ToArray()) is { } node) Shown.Enqueue(node);
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The playground is shutting down.
        }
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InterviewBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("not inside the repository");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        if (_receiving is not null) await _receiving;
        _socket.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Http.Dispose();
        _stop.Dispose();
        Directory.Delete(FakeBin, recursive: true);
    }
}
