using System.Text.Json;

namespace InterviewBot.Cli.Tests.Replay;

/// <summary>
/// <c>replay</c> reads the fresh-or-never policy (<c>Coach:Nudges</c>) as the server does: from appsettings.json next to
/// the CLI, a <c>--config</c> file, or <c>InterviewBot__Coach__Nudges__*</c> variables (given here as overrides).
/// </summary>
public sealed class ReplayConfigurationTests : IDisposable
{
    private const string LeadingAt0148 = "01:48  leading_question";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The media times of the new cards a replay wrote (updates of a card are not new cards), with or without the goal/consent reminder.</summary>
    private static double[] NewCardTimes(string outDir, bool reminders = true) =>
        [.. File.ReadAllLines(Path.Combine(outDir, "nudges.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(n => !n.TryGetProperty("updates", out _) && (reminders || n.GetProperty("nudge").GetString() != "coverage"))
            .Select(n => n.GetProperty("time").GetDouble())];

    [Fact]
    public async Task AConfigFile_ChangesTheNudgePolicy()
    {
        var config = _temp.File("quiet.json", """{ "Coach": { "Nudges": { "QuietStart": "00:10:00" } } }""");
        var outDir = Path.Combine(_temp.Path, "quiet");

        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--config", config, "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(LeadingAt0148, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(NewCardTimes(outDir, reminders: false), t => t < 600); // only the goal/consent reminder may speak in the quiet start
    }

    [Fact]
    public async Task WithoutSettings_TheDefaultsOfTheContractApply()
    {
        var outDir = Path.Combine(_temp.Path, "default");

        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", outDir);

        Assert.Contains(LeadingAt0148, result.Out, StringComparison.Ordinal);
        Assert.Contains(NewCardTimes(outDir, reminders: false), t => t < 600);
    }

    [Fact]
    public async Task EnvironmentSettings_ChangeTheNudgePolicy()
    {
        var outDir = Path.Combine(_temp.Path, "gap");
        var defaults = Path.Combine(_temp.Path, "gap-default");
        await Cli.RunAsync("replay", Cli.Sample("warehouse-dense-bad.vtt"), "--out", defaults);

        var result = await Cli.RunWithSettingsAsync(new() { ["Coach:Nudges:NewCardGap"] = "00:02:00" }, "replay", Cli.Sample("warehouse-dense-bad.vtt"), "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        var times = NewCardTimes(outDir);
        Assert.True(times.Zip(times.Skip(1), (a, b) => b - a).All(gap => gap >= 120), string.Join(", ", times));
        Assert.True(times.Length < NewCardTimes(defaults).Length, "a two-minute gap between new cards should show fewer of them than the default 20 s");
    }

    [Theory]
    [InlineData("QuietStart", "soon")]
    [InlineData("FreshWindow", "00:05:00")]
    public async Task ABadNudgeSetting_IsAConfigurationErrorNamingTheKey(string key, string value)
    {
        var result = await Cli.RunWithSettingsAsync(new() { [$"Coach:Nudges:{key}"] = value }, "replay", Cli.Sample("bakery-bad.vtt"), "--out", Path.Combine(_temp.Path, "bad"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("configuration error", result.Error, StringComparison.Ordinal);
        Assert.Contains($"Coach:Nudges:{key}", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "bad")), "nothing should be written with a policy that was refused");
    }

    [Fact]
    public async Task AMissingConfigFile_IsBadInput()
    {
        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--config", Path.Combine(_temp.Path, "nope.json"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--config: no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfigFileThatIsNotJson_IsAConfigurationError()
    {
        var config = _temp.File("broken.json", "{ \"Coach\": ");

        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--config", config, "--out", Path.Combine(_temp.Path, "broken"));

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("configuration error", result.Error, StringComparison.Ordinal);
    }
}
