using System.Diagnostics;
using System.Net;
using InterviewBot.Core.Coaching;
using InterviewBot.Media.Ingest;
using InterviewBot.Server.Tests.EndToEnd;
using InterviewBot.Server.Tests.TestSupport;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InterviewBot.Server.Tests.Observability;

/// <summary>The server's traces and metrics for one live session, caught by in-memory exporters plugged into its own pipeline.</summary>
public sealed class TelemetryTests
{
    private const string ApiKey = "telemetry-key";

    [Fact]
    public async Task OneLiveSession_IsTracedAndMeasured()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Bot:DisableAuthenticationForLocalDevelopment"] = "true", ["Media:ApiKey"] = ApiKey },
            b => b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)).ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)));
        using var http = new HttpClient();
        var (id, url, token) = await server.CreateMediaSessionAsync(http, ApiKey);
        var channels = SpokenInterview.Channels;
        await using (var client = await IngestClient.ConnectAsync(url, token))
        {
            await client.StartAsync((0, "dana", "Dana", "interviewer"), (1, "sam", "Sam", "interviewee"));
            await client.WaitForAsync("ready");
            for (var s = 0; s + 320 <= channels[0].Length; s += 320)
                for (var c = 0; c < 2; c++)
                    await client.SendBinaryAsync(IngestFrame.Write(c, TimeSpan.FromMilliseconds(s / 16.0), channels[c].AsSpan(s, 320)));
            await client.SendJsonAsync("""{"type":"end"}""");
            await client.WaitForAsync("ended");
        }
        server.Get<TracerProvider>().ForceFlush();
        server.Get<MeterProvider>().ForceFlush();

        var postCall = Assert.Single(spans, s => s.Source.Name == "InterviewBot" && s.DisplayName == "postcall" && (string?)s.GetTagItem("session.id") == id);
        Assert.True(postCall.Duration > TimeSpan.Zero);
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName.StartsWith("POST /api/sessions", StringComparison.Ordinal));

        var nudges = Points(metrics, "interviewbot.nudges").Where(p => p.Tags.Count > 0).Select(p => (Kind: (string)Tag(p, "nudge")!, Count: p.GetSumLong())).ToArray();
        foreach (var kind in new[] { NudgeKinds.Interrupt, NudgeKinds.Monologue, NudgeKinds.TalkRatio })
            Assert.Contains(nudges, n => n.Kind == kind && n.Count >= 1);
        Assert.True(Points(metrics, "interviewbot.frame_to_metric.latency").Sum(p => p.GetHistogramCount()) >= 300, "about one sample per media second");
        Assert.True(Points(metrics, "interviewbot.postcall.duration").Sum(p => p.GetHistogramCount()) >= 1);
        Assert.NotEmpty(Points(metrics, "interviewbot.sessions.active"));
    }

    [Fact]
    public async Task Readiness_ChecksTheDataDirectory_LivenessDoesNot()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Bot:DisableAuthenticationForLocalDevelopment"] = "true" });
        using var http = new HttpClient();

        using var ready = await http.GetAsync(new Uri(server.BaseUri, "readyz"));
        Directory.Delete(server.DataDirectory, recursive: true);
        await File.WriteAllTextAsync(server.DataDirectory, "a file where the data directory should be");
        using var notReady = await http.GetAsync(new Uri(server.BaseUri, "readyz"));
        using var alive = await http.GetAsync(new Uri(server.BaseUri, "healthz"));
        File.Delete(server.DataDirectory);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (ready.StatusCode, notReady.StatusCode, alive.StatusCode));
    }

    private static IEnumerable<MetricPoint> Points(List<Metric> metrics, string name)
    {
        foreach (var metric in metrics.Where(m => m.Name == name))
            foreach (ref readonly var point in metric.GetMetricPoints())
                yield return point;
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags) if (tag.Key == key) return tag.Value;
        return null;
    }

    [Fact]
    public async Task Readiness_FailsWhenAConfiguredCloudServiceCannotBeReached()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true", ["PostCall:Llm:Endpoint"] = $"http://127.0.0.1:{port}/",
        });
        using var http = new HttpClient();

        using var ready = await http.GetAsync(new Uri(server.BaseUri, "readyz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
