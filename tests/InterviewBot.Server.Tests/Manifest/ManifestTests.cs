using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using InterviewBot.Server.Tests.EndToEnd;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Coach;

namespace InterviewBot.Server.Tests.Manifest;

/// <summary>manifest/: the Teams app package, checked with the schema validator Microsoft ships (@microsoft/app-manifest).</summary>
public sealed class ManifestTests : IDisposable
{
    private static readonly string s_root = Playground.RepoRoot();
    private readonly string _temp = Directory.CreateTempSubdirectory("ib-manifest-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int Exit, string Output) Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = s_root };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(s_root, "manifest", "manifest.json")))!;

    [Fact]
    public void Manifest_IsValidAgainstTheTeamsSchema()
    {
        var (exit, output) = Run("node", "manifest/validate.mjs", "manifest/manifest.json");

        Assert.True(exit == 0, output);
        Assert.Contains("valid against the Teams manifest schema v1.30", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenManifest_IsRejected_WithWhatIsWrong()
    {
        var broken = Manifest();
        broken["bots"]![0]!["scopes"] = new JsonArray("personal", "meeting");
        broken["accentColor"] = "purple";
        var file = Path.Combine(_temp, "manifest.json");
        File.WriteAllText(file, broken.ToJsonString());

        var (exit, output) = Run("node", "manifest/validate.mjs", file);

        Assert.Equal(1, exit);
        Assert.Contains("/bots/0/scopes/1", output, StringComparison.Ordinal);
        Assert.Contains("/accentColor", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_IsInPersonalGroupChatAndTeamScopes_WithTheMeetingContextsAndPermissionsTheFlowNeeds()
    {
        var m = Manifest();

        Assert.Equal(["personal", "groupChat", "team"], m["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Contains("meetingStage", m["configurableTabs"]![0]!["context"]!.AsArray().Select(s => s!.GetValue<string>()));
        var rsc = m["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToArray();
        Assert.Contains("OnlineMeeting.ReadBasic.Chat", rsc);          // meeting details
        Assert.Contains("OnlineMeetingNotification.Send.Chat", rsc);   // targeted in-meeting notifications
        Assert.Contains("ChatMember.Read.Chat", rsc);                  // who is in the meeting
    }

    [Fact]
    public void BotCommands_AreTheCommandsTheBotUnderstands()
    {
        var listed = Manifest()["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());

        string[] understood = [CoachAction.Help, CoachAction.Status, CoachAction.Snooze, CoachAction.Mute, CoachAction.Unmute, CoachAction.Demo,
            CoachAction.Schedule, CoachAction.Upcoming, CoachAction.Cancel];
        Assert.Equal(understood, listed);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icons_HaveTheSizesTeamsRequires_WithTransparency(string icon, int size)
    {
        var png = File.ReadAllBytes(Path.Combine(s_root, "manifest", icon));

        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((size, size), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        Assert.Equal(6, png[25]); // RGBA: the outline icon must be white on transparent
    }

    [Fact]
    public void Package_HasTheManifestAndIcons_WithTheBotsIdsAndDomainFilledIn()
    {
        var zip = Path.Combine(_temp, "app.zip");

        var (exit, output) = Run("bash", "manifest/package.sh", "--bot-app-id", "3c5a8e0e-6a4c-4d2b-9d7c-3f8b8d4c2a11", "--domain", "coach.contoso.com",
            "--app-id", "0d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6", "--out", zip);

        Assert.True(exit == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var text = reader.ReadToEnd();
        var m = JsonNode.Parse(text)!;
        Assert.Equal(("0d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6", "3c5a8e0e-6a4c-4d2b-9d7c-3f8b8d4c2a11"), (m["id"]!.GetValue<string>(), m["bots"]![0]!["botId"]!.GetValue<string>()));
        Assert.Equal("https://coach.contoso.com/teams/tab", m["configurableTabs"]![0]!["configurationUrl"]!.GetValue<string>());
        Assert.DoesNotContain("example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("00000000-0000-4000-8000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_RefusesABotIdThatIsNotAGuid()
    {
        var (exit, output) = Run("bash", "manifest/package.sh", "--bot-app-id", "my-bot", "--domain", "coach.contoso.com", "--out", Path.Combine(_temp, "x.zip"));

        Assert.Equal(2, exit);
        Assert.Contains("--bot-app-id must be", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TabPages_TheManifestPointsAt_AreServed()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Bot:DisableAuthenticationForLocalDevelopment"] = "true" });
        using var http = new HttpClient();

        using var tab = await http.GetAsync(new Uri(server.BaseUri, "teams/tab"));
        using var stage = await http.GetAsync(new Uri(server.BaseUri, "teams/stage?nudge=leading_question"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (tab.StatusCode, stage.StatusCode));
        Assert.Contains("setValidityState(true)", await tab.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("leading question", await stage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
