namespace InterviewBot.Cli.Tests.Report;

public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] s_artefacts = ["email.eml", "email.md", "nudges.jsonl", "report.html", "report.json", "snapshot.md", "transcript.vtt", "utterances.jsonl"];

    [Fact]
    public async Task FromATranscript_WritesEveryArtefact()
    {
        var outDir = Path.Combine(_temp.Path, "r");

        var result = await Cli.RunAsync("report", Cli.Sample("clinic-mixed-zoom.vtt"), "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(s_artefacts, Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
        Assert.Contains("How about Monday the 17th?", File.ReadAllText(Path.Combine(outDir, "snapshot.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("leading_question", result.Out, StringComparison.Ordinal); // no nudge timeline
    }

    [Fact]
    public async Task FromAJournal_GivesTheSameSnapshotAsTheReplay()
    {
        var replayDir = Path.Combine(_temp.Path, "replay");
        await Cli.RunAsync("replay", Cli.Sample("logistics-good.vtt"), "--out", replayDir);
        var reportDir = Path.Combine(_temp.Path, "report");

        var result = await Cli.RunAsync("report", Path.Combine(replayDir, "logistics-good.journal.jsonl"), "--out", reportDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(replayDir, "snapshot.md")), File.ReadAllText(Path.Combine(reportDir, "snapshot.md")));
        Assert.Equal(File.ReadAllText(Path.Combine(replayDir, "nudges.jsonl")), File.ReadAllText(Path.Combine(reportDir, "nudges.jsonl")));
    }

    [Fact]
    public async Task FromATornJournal_WarnsAndStillWritesTheReport()
    {
        var replayDir = Path.Combine(_temp.Path, "replay");
        await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", replayDir);
        var journal = Path.Combine(replayDir, "bakery-bad.journal.jsonl");
        var bytes = File.ReadAllBytes(journal);
        File.WriteAllBytes(journal, bytes[..(bytes.Length / 2)]); // the server died mid-call

        var result = await Cli.RunAsync("report", journal, "--out", Path.Combine(_temp.Path, "torn"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped a damaged journal line", result.Error, StringComparison.Ordinal);
        Assert.Contains("we supply six cafés around town", File.ReadAllText(Path.Combine(_temp.Path, "torn", "snapshot.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalWithoutAStart_ExitsTwo()
    {
        var journal = _temp.File("x.journal.jsonl", "{\"type\":\"tick\",\"at\":1}\n");

        var result = await Cli.RunAsync("report", journal, "--out", Path.Combine(_temp.Path, "o"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no session_started", result.Error, StringComparison.Ordinal);
    }
}
