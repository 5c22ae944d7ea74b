using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using InterviewBot.Server;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Activity = InterviewBot.Teams.Protocol.Activity;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Benchmarks.Load;

/// <summary>
/// <c>load [--seconds S] [--concurrency C]</c>: the real server on loopback with authentication on, hammered with
/// signed activities (a message in a meeting chat: token check, parse, dispatch) by C concurrent clients on the
/// same machine. Prints authenticated activities per second and latency percentiles.
/// </summary>
internal static class ActivityLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 32);
        await using var issuer = new TokenIssuer();
        await issuer.StartAsync();
        var data = Directory.CreateTempSubdirectory("ib-load-").FullName;
        var app = ServerApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AppId"] = TokenIssuer.AppId,
                ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl.ToString(),
                ["Coach:DataDirectory"] = data,
            });
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        var endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/messages");

        var body = JsonSerializer.SerializeToUtf8Bytes(new Activity
        {
            Type = ActivityTypes.Message, Id = "1", ChannelId = "msteams", ServiceUrl = TokenIssuer.ServiceUrl, Text = "Good morning everyone",
            From = new ChannelAccount("29:someone"), Recipient = new ChannelAccount("28:bot"),
            Conversation = new ConversationAccount("19:meeting@thread.v2") { ConversationType = "groupChat" },
        }, TeamsJson.Activity);
        var authorization = "Bearer " + issuer.Token();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        await DriveAsync(http, endpoint, body, authorization, concurrency, TimeSpan.FromSeconds(2)); // warm-up: JIT, keys fetched, connections open
        var (latencies, errors, elapsed) = await DriveAsync(http, endpoint, body, authorization, concurrency, TimeSpan.FromSeconds(seconds));
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);

        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        var rate = latencies.Count / elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"authenticated activities: {latencies.Count:N0} in {elapsed.TotalSeconds:0.0} s with {concurrency} concurrent clients on {Environment.ProcessorCount} cores"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput: {rate:N0} activities/s (goal ≥ 3,000/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {Percentile(0.50):0.00}  p90 {Percentile(0.90):0.00}  p99 {Percentile(0.99):0.00}  max {latencies[^1]:0.00}"));
        Console.WriteLine($"errors: {errors}");
        return errors == 0 ? 0 : 1;
    }

    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> DriveAsync(
        HttpClient http, Uri endpoint, byte[] body, string authorization, int concurrency, TimeSpan duration)
    {
        var all = new List<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>(100_000);
            var failed = 0;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode) mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                else failed++;
            }
            lock (all)
            {
                all.AddRange(mine);
                errors += failed;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return (all, errors, clock.Elapsed);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
