using System.Security.Cryptography;
using System.Text.Json.Nodes;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Ingest;
using InterviewBot.Server.Tests.EndToEnd;
using InterviewBot.Server.Tests.TestSupport;

namespace InterviewBot.Server.Tests.Durability;

/// <summary>
/// The server process killed with SIGKILL in the middle of a live, transcribed session and started again on the same
/// data: the media client reconnects with its token and resends from the start, and the session goes on from its journal.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const string ApiKey = "crash-test-key";
    private static readonly (int, string, string, string)[] s_people = [(0, "dana", "Dana", "interviewer"), (1, "sam", "Sam", "interviewee")];
    private readonly CountingSpeechService _speech = new();
    private readonly string _data = Directory.CreateTempSubdirectory("ib-crash-").FullName;
    private readonly string _tokenKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public Task InitializeAsync() => _speech.StartAsync();

    public async Task DisposeAsync()
    {
        await _speech.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task KilledMidSession_ResumesFromTheJournal_EveryUtteranceOnceAndThePostCallOnce()
    {
        var channels = SpokenInterview.Channels;
        using var http = new HttpClient();
        string id, token;
        Uri url;
        IReadOnlyList<SessionEvent> beforeCrash;
        var port = ServerProcess.FreePort();
        await using (var first = await ServerProcess.StartAsync(port, Settings()))
        {
            (id, url, token) = await RunningServer.CreateMediaSessionAsync(first.BaseUri, http, ApiKey);
            await using var client = await IngestClient.ConnectAsync(url, token);
            await client.StartAsync(s_people);
            await client.WaitForAsync("ready");
            await SendAsync(client, channels, 0, channels[0].Length / 2);
            await WaitForUtterancesAsync(id, atLeast: 4);

            await first.KillAsync();
            beforeCrash = Journal(id).Events;
        }
        var journaledUtterances = Utterances(beforeCrash);
        Assert.True(journaledUtterances.Length >= 4);
        Assert.DoesNotContain(beforeCrash, e => e is SessionEnded);

        await using (var second = await ServerProcess.StartAsync(port, Settings()))
        {
            await using var client = await IngestClient.ConnectAsync(url, token);
            await client.StartAsync(s_people);
            var ready = await client.WaitForAsync("ready");
            Assert.True(ready["resumed"]!.GetValue<bool>());
            await SendAsync(client, channels, 0, channels[0].Length); // the client cannot know what was kept: it resends everything
            await client.SendJsonAsync("""{"type":"end"}""");
            await client.WaitForAsync("ended", TimeSpan.FromSeconds(60));
        }

        var after = Journal(id);
        Assert.False(after.HasTornTail);
        Assert.Equal(beforeCrash.Select(JournalCodec.EncodeLine).Select(Convert.ToBase64String), after.Events.Take(beforeCrash.Count).Select(JournalCodec.EncodeLine).Select(Convert.ToBase64String));
        var utterances = Utterances(after.Events);
        foreach (var text in journaledUtterances) Assert.Single(utterances, u => u == text);
        Assert.Equal(utterances.Length, utterances.Distinct().Count());
        Assert.True(utterances.Length > journaledUtterances.Length, "the session did not go on after the restart");
        var speech = after.Events.OfType<SpeechStarted>().Select(s => (s.ParticipantId, s.At)).ToArray();
        Assert.Equal(speech.Length, speech.Distinct().Count());
        var nudges = after.Events.OfType<NudgeRaised>().Select(n => (n.Nudge.Kind, n.Nudge.At)).ToArray();
        Assert.Equal(nudges.Length, nudges.Distinct().Count());
        Assert.Single(after.Events, e => e is SessionStarted);
        Assert.Single(after.Events, e => e is SessionEnded);

        var artifacts = Path.Combine(_data, "artifacts", id);
        var postCall = JsonNode.Parse(File.ReadAllText(Path.Combine(artifacts, "postcall.json")))!;
        Assert.Equal("written", postCall["status"]!.GetValue<string>());
        Assert.Equal(1, postCall["attempts"]!.GetValue<int>());
        var transcript = File.ReadAllText(Path.Combine(artifacts, "transcript.vtt"));
        foreach (var text in utterances) Assert.Equal(1, transcript.Split(text).Length - 1); // "Line 1 about" is no part of "Line 11 about"
        var written = Directory.GetFiles(artifacts).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        // A third start: the ended session is not taken up again and its post-call is not run again.
        await using (var third = await ServerProcess.StartAsync(port, Settings()))
        {
            await using var client = await IngestClient.ConnectAsync(url, token);
            await client.WaitClosedAsync();
            Assert.Equal("the session has ended", client.CloseReason);
        }
        Assert.Equal(written, Directory.GetFiles(artifacts).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public async Task SessionEndedButNotWritten_GetsItsPostCallWhenTheServerStartsAgain()
    {
        // What a server killed between journaling the end and finishing the post-call leaves behind.
        await using (var journal = new InterviewBot.Local.Journal.LocalFileJournal(new() { Directory = Path.Combine(_data, "journals") }))
        {
            await journal.AppendAsync("interrupted", new SessionStarted(TimeSpan.Zero, "interrupted", new InterviewBot.Core.Sessions.SessionSetup(SpokenInterview.Goal),
                [new("dana", "Dana", InterviewBot.Core.Sessions.ParticipantRole.Interviewer), new("sam", "Sam", InterviewBot.Core.Sessions.ParticipantRole.Interviewee)]), CancellationToken.None);
            await journal.AppendAsync("interrupted", new SessionEnded(TimeSpan.FromSeconds(30), "the client ended the session"), CancellationToken.None);
        }
        var state = Path.Combine(_data, "artifacts", "interrupted", "postcall.json");

        await using (var server = await ServerProcess.StartAsync(ServerProcess.FreePort(), Settings()))
            for (var i = 0; i < 200 && !File.Exists(state); i++) await Task.Delay(50);

        Assert.Equal("written", JsonNode.Parse(File.ReadAllText(state))!["status"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(_data, "artifacts", "interrupted", "report.html")));
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Coach:DataDirectory"] = _data,
        ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
        ["Media:ApiKey"] = ApiKey,
        ["Media:TokenKey"] = _tokenKey,
        ["Speech:Provider"] = "azure",
        ["Speech:Endpoint"] = _speech.BaseUri.ToString().TrimEnd('/'),
        ["Speech:Key"] = "speech-key",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static async Task SendAsync(IngestClient client, short[][] channels, int from, int to)
    {
        for (var sample = from; sample + 320 <= to; sample += 320)
            for (var c = 0; c < 2; c++)
                await client.SendBinaryAsync(IngestFrame.Write(c, TimeSpan.FromMilliseconds(sample / 16.0), channels[c].AsSpan(sample, 320)));
    }

    private JournalReadResult Journal(string id)
    {
        var path = Path.Combine(_data, "journals", id + ".journal.jsonl");
        return File.Exists(path) ? JournalCodec.Decode(File.ReadAllBytes(path)) : JournalReadResult.Empty;
    }

    private async Task WaitForUtterancesAsync(string id, int atLeast)
    {
        for (var i = 0; i < 600 && Utterances(Journal(id).Events).Length < atLeast; i++) await Task.Delay(50);
    }

    private static string[] Utterances(IEnumerable<SessionEvent> events) => events.OfType<UtteranceFinal>().Select(u => u.Utterance.Text).ToArray();
}
