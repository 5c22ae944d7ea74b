using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;
using InterviewBot.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Cli.Load;

/// <summary>
/// <c>interviewbot load</c>: the server on loopback, N concurrent sessions each streaming two speakers' audio over
/// the ingest WebSocket in real time (20 ms frames, taking turns), then frame-to-metric latency, CPU and memory.
/// </summary>
internal sealed class LoadRunner(TextWriter stdout, TimeProvider time)
{
    private const int FramesPerSecond = 50;

    public async Task<int> RunAsync(int sessions, int seconds, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("ib-load-").FullName;
        var apiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var app = ServerApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
                ["Media:ApiKey"] = apiKey,
                ["Media:IdleTimeout"] = "01:00:00",
                ["Coach:DataDirectory"] = data,
            });
            builder.Logging.ClearProviders();
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var baseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
            var metrics = app.Services.GetRequiredService<MediaMetrics>();
            using var http = new HttpClient { BaseAddress = baseUri };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
            var speech = Speech();

            var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
            var clients = new List<ClientWebSocket>();
            for (var i = 0; i < sessions; i++) clients.Add(await OpenAsync(http, baseUri, cancellationToken).ConfigureAwait(false));
            stdout.WriteLine($"{sessions} sessions open; streaming two speakers each in real time for {seconds} s…");

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var warmUp = Math.Min(3, seconds / 3);
            var late = 0L;
            var streams = clients.Select((socket, n) => Task.Run(() => StreamAsync(socket, speech, n, seconds, warmUp, metrics, ref_late: () => Interlocked.Increment(ref late), cancellationToken), cancellationToken)).ToArray();
            await Task.WhenAll(streams).ConfigureAwait(false);
            var wall = clock.Elapsed;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
            var latencies = metrics.Latencies();
            Array.Sort(latencies);

            double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
            var inv = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(inv, $"frame-to-metric latency: p50 {Percentile(0.5):0.00} ms, p99 {Percentile(0.99):0.00} ms, max {(latencies.Length == 0 ? 0 : latencies[^1]):0.00} ms ({latencies.Length:N0} samples)"));
            stdout.WriteLine(string.Create(inv, $"CPU: {cpu.TotalSeconds / wall.TotalSeconds * 100:0}% of one core in total ({cpu.TotalSeconds / wall.TotalSeconds / sessions * 1000:0.00} ms per second per session; {Environment.ProcessorCount} cores, load generator included)"));
            stdout.WriteLine(string.Create(inv, $"memory: {(memoryAfter - memoryBefore) / (double)sessions / 1024:0} KB managed per session; working set {process.WorkingSet64 / 1024.0 / 1024:0} MB"));
            stdout.WriteLine(string.Create(inv, $"sender fell behind real time on {late:N0} frames"));
            var verdict = latencies.Length > 0 && Percentile(0.99) < 50;
            stdout.WriteLine(verdict ? $"{sessions} concurrent real-time sessions keep p99 under 50 ms" : $"{sessions} concurrent sessions: p99 is NOT under 50 ms");

            foreach (var socket in clients)
            {
                if (socket.State == WebSocketState.Open) await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken).ConfigureAwait(false);
                socket.Dispose();
            }
            return verdict ? ExitCodes.Ok : ExitCodes.ChecksFailed;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<ClientWebSocket> OpenAsync(HttpClient http, Uri baseUri, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/sessions", new JsonObject
        {
            ["participants"] = new JsonArray(
                new JsonObject { ["index"] = 0, ["id"] = "a", ["name"] = "Interviewer", ["role"] = "interviewer" },
                new JsonObject { ["index"] = 1, ["id"] = "b", ["name"] = "Customer", ["role"] = "interviewee" }),
        }, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken).ConfigureAwait(false))!;
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + created["token"]!.GetValue<string>());
        await socket.ConnectAsync(new UriBuilder(new Uri(baseUri, $"api/media/{created["session_id"]}")) { Scheme = "ws" }.Uri, cancellationToken).ConfigureAwait(false);
        var start = """{"type":"start","format":{"encoding":"pcm16","sample_rate":16000,"channels":1},"participants":[{"index":0,"id":"a"},{"index":1,"id":"b"}]}""";
        await socket.SendAsync(Encoding.UTF8.GetBytes(start), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        _ = DrainAsync(socket); // nudges and acknowledgements come back; read them so the server never waits on us
        return socket;
    }

    private static async Task DrainAsync(ClientWebSocket socket)
    {
        var buffer = new byte[8192];
        try
        {
            while (socket.State == WebSocketState.Open && (await socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (WebSocketException)
        {
            // Closed at the end of the run.
        }
    }

    /// <summary>One session's two speakers, frame by frame on the real-time schedule; sessions start staggered across the first frame.</summary>
    private async Task StreamAsync(ClientWebSocket socket, short[][] speech, int n, int seconds, int warmUpSeconds, MediaMetrics metrics, Action ref_late,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * (n % 20) / 1000.0);
        for (var frame = 0; frame < seconds * FramesPerSecond; frame++)
        {
            if (n == 0 && frame == warmUpSeconds * FramesPerSecond) metrics.Latencies(reset: true); // measure after the ramp
            var due = TimeSpan.FromMilliseconds(frame * 20.0) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero) await Task.Delay(due, time, cancellationToken).ConfigureAwait(false);
            else if (due < TimeSpan.FromMilliseconds(-20)) ref_late();
            var at = TimeSpan.FromMilliseconds(frame * 20.0);
            var offset = frame % (speech[0].Length / 320) * 320;
            for (var speaker = 0; speaker < 2; speaker++)
                await socket.SendAsync(IngestFrame.Write(speaker, at, speech[speaker].AsSpan(offset, 320)), WebSocketMessageType.Binary, true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Eight seconds of two speakers taking turns (a 140 Hz voice with syllable-rate loudness over faint noise).</summary>
    private static short[][] Speech()
    {
        const int rate = 16_000, length = 8 * rate;
        var random = new Random(5);
        return [.. Enumerable.Range(0, 2).Select(speaker => Enumerable.Range(0, length).Select(i =>
        {
            var t = (double)i / rate;
            var talking = (t < 4) == (speaker == 0) && t % 4 > 0.3;
            var voice = talking ? 0.25 * Math.Sin(2 * Math.PI * 140 * t) * (0.6 + 0.4 * Math.Sin(2 * Math.PI * 4 * t)) : 0;
            return (short)((voice + (random.NextDouble() - 0.5) * 0.002) * 32767);
        }).ToArray())];
    }
}
