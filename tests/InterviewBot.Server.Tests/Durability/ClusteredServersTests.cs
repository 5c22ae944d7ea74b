using System.Security.Cryptography;
using InterviewBot.Azure.Tests.Storage;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Ingest;
using InterviewBot.Server.Tests.EndToEnd;
using InterviewBot.Server.Tests.TestSupport;

namespace InterviewBot.Server.Tests.Durability;

/// <summary>
/// Two servers, each co-hosting a silo, in one cluster whose membership, grain state, journals and artefacts are in
/// Azurite: a session created on one goes on on the other when its media client reconnects there.
/// </summary>
public sealed class ClusteredServersTests(Azurite azurite) : IClassFixture<Azurite>
{
    private const string ApiKey = "cluster-key";
    private static readonly (int, string, string, string)[] s_people = [(0, "dana", "Dana", "interviewer"), (1, "sam", "Sam", "interviewee")];

    private Dictionary<string, string?> Settings(string clusterId, string tokenKey) => new()
    {
        ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
        ["Media:ApiKey"] = ApiKey,
        ["Media:TokenKey"] = tokenKey,
        ["Storage:Kind"] = "blob",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Cluster:Mode"] = "azure",
        ["Cluster:ClusterId"] = clusterId,
        ["Cluster:ConnectionString"] = azurite.ConnectionString,
        ["Cluster:AdvertisedAddress"] = "127.0.0.1",
        ["Cluster:SiloPort"] = ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cluster:GatewayPort"] = ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task SessionStartedOnOneServer_GoesOnOnTheOther_WithOneJournalAndOnePostCall()
    {
        var clusterId = $"c{Guid.NewGuid():N}";
        var tokenKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var first = await RunningServer.StartAsync(Settings(clusterId, tokenKey));
        await using var second = await RunningServer.StartAsync(Settings(clusterId, tokenKey));
        var channels = SpokenInterview.Channels;
        using var http = new HttpClient();
        var (id, url, token) = await first.CreateMediaSessionAsync(http, ApiKey);

        await using (var client = await IngestClient.ConnectAsync(url, token))
        {
            await client.StartAsync(s_people);
            await client.WaitForAsync("ready");
            await SendAsync(client, channels, channels[0].Length / 2);
        }
        var onSecond = new UriBuilder(url) { Port = second.BaseUri.Port }.Uri;
        await using (var client = await IngestClient.ConnectAsync(onSecond, token))
        {
            await client.StartAsync(s_people);
            Assert.True((await client.WaitForAsync("ready"))["resumed"]!.GetValue<bool>());
            await SendAsync(client, channels, channels[0].Length);
            await client.SendJsonAsync("""{"type":"end"}""");
            await client.WaitForAsync("ended", TimeSpan.FromSeconds(60));
        }

        var journal = JournalCodec.Decode((await azurite.Client.GetBlobContainerClient("journals").GetBlobClient(id + ".journal.jsonl").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Empty(journal.Defects);
        Assert.Single(journal.Events, e => e is SessionStarted);
        Assert.Single(journal.Events, e => e is SessionEnded);
        var ticks = journal.Events.OfType<MediaTick>().Select(t => t.At).ToArray();
        Assert.Equal(ticks.Length, ticks.Distinct().Count());
        Assert.True(ticks.Length >= 330, $"only {ticks.Length} seconds of the 5:35 interview were journaled");
        var speech = journal.Events.OfType<SpeechStarted>().Select(s => (s.ParticipantId, s.At)).ToArray();
        Assert.Equal(speech.Length, speech.Distinct().Count());
        Assert.Contains(journal.Events, e => e is NudgeRaised { Nudge.Kind: "monologue" });
        Assert.Equal(PostCallStatus.Written, (await first.Get<ISessionDirectory>().PostCallStateAsync(id, CancellationToken.None)).Status);
        Assert.True(await azurite.Client.GetBlobContainerClient("artifacts").GetBlobClient($"sessions/{id}/report.html").ExistsAsync());
    }

    private static async Task SendAsync(IngestClient client, short[][] channels, int to)
    {
        for (var sample = 0; sample + 320 <= to; sample += 320)
            for (var c = 0; c < 2; c++)
                await client.SendBinaryAsync(IngestFrame.Write(c, TimeSpan.FromMilliseconds(sample / 16.0), channels[c].AsSpan(sample, 320)));
    }
}
