using InterviewBot.Azure.Tests.Storage;
using InterviewBot.Media.Ingest;
using InterviewBot.Server.Tests.EndToEnd;
using InterviewBot.Server.Tests.TestSupport;

namespace InterviewBot.Server.Tests.Storage;

/// <summary>The server with <c>Storage:Kind=blob</c> against Azurite: a live session's journal and post-call land in blobs.</summary>
public sealed class BlobStorageServerTests(Azurite azurite) : IClassFixture<Azurite>
{
    [Fact]
    public async Task LiveSession_IsJournaledAndWrittenToBlobStorage()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true", ["Media:ApiKey"] = "k",
            ["Storage:Kind"] = "blob", ["Storage:ConnectionString"] = azurite.ConnectionString,
        });
        using var http = new HttpClient();
        var (id, url, token) = await server.CreateMediaSessionAsync(http, "k");
        await using (var client = await IngestClient.ConnectAsync(url, token))
        {
            await client.StartAsync((0, "dana", "Dana", "interviewer"), (1, "sam", "Sam", "interviewee"));
            await client.WaitForAsync("ready");
            for (var i = 0; i < 100; i++) await client.SendBinaryAsync(IngestFrame.Write(i % 2, TimeSpan.FromMilliseconds(20 * (i / 2)), new short[320]));
            await client.SendJsonAsync("""{"type":"end"}""");
            await client.WaitForAsync("ended");
        }

        var journal = (await azurite.Client.GetBlobContainerClient("journals").GetBlobClient(id + ".journal.jsonl").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"type\":\"session_ended\"", journal, StringComparison.Ordinal);
        Assert.True(await azurite.Client.GetBlobContainerClient("artifacts").GetBlobClient($"sessions/{id}/report.html").ExistsAsync());
        Assert.False(Directory.Exists(Path.Combine(server.DataDirectory, "journals")) && Directory.EnumerateFiles(Path.Combine(server.DataDirectory, "journals")).Any());
        using var ready = await http.GetAsync(new Uri(server.BaseUri, "readyz"));
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode); // the blob check is part of readiness now
    }

    [Fact]
    public async Task ReportLink_ServesTheReportFromBlobStorage()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true", ["Media:ApiKey"] = "k", ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
            ["Storage:Kind"] = "blob", ["Storage:ConnectionString"] = azurite.ConnectionString,
        });
        using var http = new HttpClient();
        var (id, url, token) = await server.CreateMediaSessionAsync(http, "k");
        await using (var client = await IngestClient.ConnectAsync(url, token))
        {
            await client.StartAsync((0, "dana", "Dana", "interviewer"), (1, "sam", "Sam", "interviewee"));
            await client.SendJsonAsync("""{"type":"end"}""");
            await client.WaitForAsync("ended");
        }
        var link = server.Get<InterviewBot.Teams.Meetings.ReportLinks>().For(id, "report.html")!;

        using var report = await http.GetAsync(new Uri(server.BaseUri, link.PathAndQuery.TrimStart('/')));
        using var missing = await http.GetAsync(new Uri(server.BaseUri, link.PathAndQuery.TrimStart('/').Replace("report.html", "case-study.md", StringComparison.Ordinal)));

        Assert.Equal(System.Net.HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await report.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
