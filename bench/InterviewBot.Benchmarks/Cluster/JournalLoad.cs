using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using InterviewBot.Azure.Storage;
using InterviewBot.Cluster;
using InterviewBot.Cluster.Sessions;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.ContentPack;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Benchmarks.Cluster;

/// <summary>
/// <c>journal [--seconds S] [--sessions N,N,…]</c>, against Azurite started for the run: (1) blob journal appends/s
/// with one and with many sessions writing; (2) the latency an utterance gains when its session is owned by a grain
/// (media node → grain → blob) instead of applied in memory; (3) live sessions on one silo — each posting what a real
/// call posts per second (a tick, speech starts and ends, an utterance every few seconds) — with the silo's append
/// latency, whether it keeps up, and managed memory per session.
/// </summary>
internal static class JournalLoad
{
    private static readonly SessionSetup s_setup = new("learn how teams plan delivery routes");

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var counts = (args.SkipWhile(a => a != "--sessions").Skip(1).FirstOrDefault() ?? "100,500,1000").Split(',').Select(int.Parse).ToArray();
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        await blobs.GetBlobContainerClient("journals").CreateAsync();
        await blobs.GetBlobContainerClient("artifacts").CreateAsync();
        Console.WriteLine($"Azurite on loopback; {Environment.ProcessorCount} cores; {seconds} s per measurement");

        var direct = new BlobSessionJournal(blobs.GetBlobContainerClient("journals"), TimeSpan.Zero, TimeProvider.System);
        foreach (var writers in new[] { 1, 64 })
        {
            var (latencies, elapsed) = await AppendFlatOutAsync(direct, $"direct-{writers}", writers, TimeSpan.FromSeconds(seconds));
            Report($"blob journal, {writers} session(s) appending flat out", latencies, elapsed);
        }

        using var host = await StartSiloAsync(azurite.ConnectionString);
        var directory = new ClusterSessionDirectory(host.Services.GetRequiredService<IGrainFactory>(),
            new GrainSessionJournal(host.Services.GetRequiredService<IGrainFactory>(), TimeProvider.System, host.Services.GetRequiredService<ILogger<GrainSessionJournal>>()));
        Report("utterance through its session grain (media node → grain → blob), one at a time", await UtteranceLatencyAsync(directory.Journal, 500), null);
        Report("utterance applied in memory (one machine, no journal): the baseline", await UtteranceLatencyAsync(new NullJournal(), 500), null);

        foreach (var n in counts) await LiveSessionsAsync(directory.Journal, n, TimeSpan.FromSeconds(seconds));
        await host.StopAsync();
        return 0;
    }

    private static async Task<(List<double> Latencies, TimeSpan Elapsed)> AppendFlatOutAsync(BlobSessionJournal journal, string prefix, int writers, TimeSpan duration)
    {
        var all = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var id = $"{prefix}-{w}";
            var mine = new List<double>();
            await journal.AppendAsync(id, new SessionStarted(TimeSpan.Zero, id, s_setup, []), CancellationToken.None);
            for (var i = 1; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await journal.AppendAsync(id, new MediaTick(TimeSpan.FromSeconds(i)), CancellationToken.None);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            lock (all) all.AddRange(mine);
        })));
        return (all, clock.Elapsed);
    }

    private static async Task<List<double>> UtteranceLatencyAsync(ISessionJournal journal, int utterances)
    {
        var id = $"latency-{Guid.NewGuid():N}";
        var runner = new SessionRunner(CoachFactory.CreateSession(), id, journal, []);
        var running = runner.RunAsync(CancellationToken.None);
        await runner.PostAsync(new SessionStarted(TimeSpan.Zero, id, s_setup,
            [new Participant("dana", "Dana", ParticipantRole.Interviewer), new Participant("sam", "Sam", ParticipantRole.Interviewee)]), CancellationToken.None);
        var latencies = new List<double>();
        for (var i = 0; i < utterances; i++)
        {
            var at = TimeSpan.FromSeconds(5 * (i + 1));
            var started = Stopwatch.GetTimestamp();
            await runner.PostAsync(new UtteranceFinal(at, new Utterance(i % 2 == 0 ? "sam" : "dana", at - TimeSpan.FromSeconds(4), at,
                "We plan the routes every morning by hand, which takes about an hour.")), CancellationToken.None);
            while (runner.Session.Utterances.Count <= i) await Task.Yield();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        runner.Complete();
        await running;
        return latencies;
    }

    /// <summary>N sessions, each posting one second of a real call's events per wall-clock second.</summary>
    private static async Task LiveSessionsAsync(ISessionJournal journal, int sessions, TimeSpan duration)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var ids = Enumerable.Range(0, sessions).Select(i => $"live-{sessions}-{i}").ToArray();
        await Task.WhenAll(ids.Select(id => journal.AppendAsync(id, new SessionStarted(TimeSpan.Zero, id, s_setup,
            [new Participant("dana", "Dana", ParticipantRole.Interviewer), new Participant("sam", "Sam", ParticipantRole.Interviewee)]), CancellationToken.None).AsTask()));
        var perSession = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)sessions;
        var latencies = new List<double>();
        var behind = 0;
        long appended = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select((id, n) => Task.Run(async () =>
        {
            var mine = new List<double>();
            var lag = 0;
            await Task.Delay(TimeSpan.FromMilliseconds(n * 1000.0 / sessions), TimeProvider.System); // spread the sessions over the second, as real calls are
            for (var second = 1; clock.Elapsed < duration; second++)
            {
                var at = TimeSpan.FromSeconds(second);
                var started = Stopwatch.GetTimestamp();
                foreach (var e in OneSecond(at, second))
                {
                    await journal.AppendAsync(id, e, CancellationToken.None);
                    Interlocked.Increment(ref appended);
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                var due = TimeSpan.FromSeconds(second) + TimeSpan.FromMilliseconds(n * 1000.0 / sessions);
                if (clock.Elapsed > due + TimeSpan.FromSeconds(1)) lag++;
                else if (clock.Elapsed < due) await Task.Delay(due - clock.Elapsed, TimeProvider.System);
            }
            lock (latencies)
            {
                latencies.AddRange(mine);
                behind += lag;
            }
        })));
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sessions} live sessions on one silo: {appended / clock.Elapsed.TotalSeconds:N0} events/s through their grains; one second of a call journaled in p50 {P(latencies, 0.5):0.0} ms, p99 {P(latencies, 0.99):0.0} ms, max {latencies[^1]:0.0} ms; seconds more than 1 s behind: {behind}; ≈ {perSession / 1024:0.0} KB managed memory per session grain"));
    }

    /// <summary>A second of a call: a tick; speech starting or ending most seconds; an utterance every five (2.6 events on average).</summary>
    private static IEnumerable<SessionEvent> OneSecond(TimeSpan at, int second)
    {
        var speaker = second / 5 % 2 == 0 ? "sam" : "dana";
        if (second % 5 == 1) yield return new SpeechStarted(at - TimeSpan.FromMilliseconds(500), speaker);
        if (second % 5 == 0)
        {
            yield return new SpeechEnded(at - TimeSpan.FromMilliseconds(300), speaker);
            yield return new UtteranceFinal(at - TimeSpan.FromMilliseconds(200), new Utterance(speaker, at - TimeSpan.FromSeconds(4.5), at - TimeSpan.FromMilliseconds(300),
                "We plan the routes every morning by hand, which takes about an hour."));
        }
        if (second % 5 is 2 or 3) yield return new SpeechStarted(at - TimeSpan.FromMilliseconds(400), speaker == "sam" ? "dana" : "sam");
        yield return new MediaTick(at);
    }

    private static async Task<IHost> StartSiloAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var blobs = new BlobServiceClient(connectionString);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ISessionJournal>(new BlobSessionJournal(blobs.GetBlobContainerClient("journals"), TimeSpan.Zero, TimeProvider.System));
        builder.Services.AddSingleton<IArtifactStore>(new BlobArtifactStore(blobs.GetBlobContainerClient("artifacts")));
        builder.Services.AddSingleton<IPostCallWriter>(new EmbeddedPostCallWriter(CoachFactory.Classifier));
        builder.Services.AddSingleton<IContentPackWriter>(new EmbeddedContentPackWriter(CoachFactory.Classifier));
        builder.Services.AddOptions<PostCallRetryOptions>();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort());
            SessionCluster.UseAzureStorage(silo, new TableServiceClient(connectionString));
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static void Report(string what, List<double> latencies, TimeSpan? elapsed)
    {
        latencies.Sort();
        var rate = elapsed is { } e ? string.Create(CultureInfo.InvariantCulture, $"{latencies.Count / e.TotalSeconds:N0} appends/s; ") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {rate}latency ms p50 {P(latencies, 0.5):0.00}, p90 {P(latencies, 0.9):0.00}, p99 {P(latencies, 0.99):0.00}, max {latencies[^1]:0.00}"));
    }

    private static double P(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>No journal at all: what one machine's in-memory apply costs.</summary>
    private sealed class NullJournal : ISessionJournal
    {
        public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public Task<Core.Journal.JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult(Core.Journal.JournalReadResult.Empty);
    }
}
