using System.Text.Json;

namespace InterviewBot.Cli.Tests.Replay;

public sealed class ReplayCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task BundledSample_PrintsTheNudgeTimelineAndWritesItsFiles()
    {
        var outDir = Path.Combine(_temp.Path, "bakery");

        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("coaching Jordan Whitfield", result.Out, StringComparison.Ordinal);
        Assert.Contains("01:48  leading_question \"So I bet you spend hours every week on the staff schedule, right?\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("interrupt", result.Out, StringComparison.Ordinal);
        Assert.Equal(["bakery-bad.journal.jsonl", "email.eml", "email.md", "nudges.jsonl", "report.html", "report.json", "snapshot.md", "transcript.vtt", "utterances.jsonl"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task NudgesJsonl_ARepeatInsideThreeMinutes_IsALineThatUpdatesTheEarlierCard()
    {
        var outDir = Path.Combine(_temp.Path, "warehouse");
        await Cli.RunAsync("replay", Cli.Sample("warehouse-dense-bad.vtt"), "--out", outDir);

        var lines = File.ReadAllLines(Path.Combine(outDir, "nudges.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var update = lines.First(l => l.TryGetProperty("updates", out _));
        var card = lines.Single(l => l.GetProperty("id").GetInt32() == update.GetProperty("updates").GetInt32());

        Assert.Equal(card.GetProperty("nudge").GetString(), update.GetProperty("nudge").GetString());
        Assert.False(card.TryGetProperty("updates", out _));
        Assert.True(update.GetProperty("count").GetInt32() >= 2);
        Assert.True(update.GetProperty("time").GetDouble() - card.GetProperty("time").GetDouble() < 180);
    }

    [Fact]
    public async Task NudgesJsonl_HasTheDocumentedShape()
    {
        var outDir = Path.Combine(_temp.Path, "clinic");
        await Cli.RunAsync("replay", Cli.Sample("clinic-mixed-zoom.vtt"), "--out", outDir);

        var lines = File.ReadAllLines(Path.Combine(outDir, "nudges.jsonl"));

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var names = root.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(["time", "nudge", "speaker", "quote", "message", "suggestion", "id", "moment"], names.Take(8));
            Assert.True(names.Length == 8 || names.Skip(8).SequenceEqual(["updates", "count"]), string.Join(",", names));
            Assert.Equal(JsonValueKind.Number, root.GetProperty("time").ValueKind);
            Assert.Equal("Elena Vasquez", root.GetProperty("speaker").GetString());
        }
    }

    [Fact]
    public async Task UtterancesAndTranscript_KeepEveryWordOfEveryCue_PhraseByPhraseWithLabels()
    {
        var outDir = Path.Combine(_temp.Path, "logistics");
        await Cli.RunAsync("replay", Cli.Sample("logistics-good.vtt"), "--out", outDir);

        var utterances = File.ReadAllLines(Path.Combine(outDir, "utterances.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var source = InterviewBot.Core.Transcripts.TranscriptParser.Parse(File.ReadAllText(Cli.Sample("logistics-good.vtt")), "s").Transcript!;
        var written = InterviewBot.Core.Transcripts.TranscriptParser.Parse(File.ReadAllText(Path.Combine(outDir, "transcript.vtt")), "w").Transcript!;

        // Cues longer than a sentence are coached as phrases (docs/coaching.md §2), so there are more utterances than cues, and no word is lost.
        // Compared per speaker: a listening noise of the other side may fall between two phrases of one cue.
        static string Words(IEnumerable<(string Speaker, string Text)> said, string speaker) =>
            string.Join(' ', string.Join(' ', said.Where(x => x.Speaker == speaker).Select(x => x.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(utterances.Length > source.Cues.Count);
        foreach (var speaker in source.Speakers)
        {
            var expected = Words(source.Cues.Select(c => (c.Speaker, c.Text)), speaker);
            Assert.Equal(expected, Words(utterances.Select(u => (u.GetProperty("speaker").GetString()!, u.GetProperty("text").GetString()!)), speaker));
            Assert.Equal(expected, Words(written.Cues.Select(c => (c.Speaker, c.Text)), speaker));
        }
        Assert.Contains(utterances, u => u.GetProperty("labels").EnumerateArray().Any(l => l.GetString() == "quantified"));
        Assert.All(utterances, u => Assert.Contains(u.GetProperty("role").GetString(), new[] { "interviewer", "interviewee" }));
    }

    [Fact]
    public async Task JsonFormat_PrintsOneNudgePerLineAndNothingElse()
    {
        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", _temp.Path, "--format", "json");

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Equal(File.ReadAllLines(Path.Combine(_temp.Path, "nudges.jsonl")), lines);
    }

    [Fact]
    public async Task Interviewer_CanBeNamed()
    {
        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", _temp.Path, "--interviewer", "rosa delgado", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            l => Assert.Equal("Rosa Delgado", JsonDocument.Parse(l).RootElement.GetProperty("speaker").GetString()));
    }

    [Fact]
    public async Task ReplayTwice_StartsAFreshJournal()
    {
        await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", _temp.Path);
        var first = File.ReadAllLines(Path.Combine(_temp.Path, "bakery-bad.journal.jsonl")).Length;
        await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", _temp.Path);

        Assert.Equal(first, File.ReadAllLines(Path.Combine(_temp.Path, "bakery-bad.journal.jsonl")).Length);
    }

    [Fact]
    public async Task MalformedTranscript_ExitsTwoWithFileAndLine()
    {
        var bad = _temp.File("broken.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>hi</v>\n\n00:00:05.000 --> 00:00:03.000\n<v Bo>no</v>\n");

        var result = await Cli.RunAsync("replay", bad, "--out", Path.Combine(_temp.Path, "o"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{bad}:6: cue ends", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "o")));
    }

    [Theory]
    [InlineData("--speed", "fast", "--speed")]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--planned-minutes", "0", "--planned-minutes")]
    [InlineData("--planned-minutes", "ten", "ten")]
    public async Task BadOption_ExitsTwo(string option, string value, string mentioned)
    {
        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(mentioned, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsTwo()
    {
        var result = await Cli.RunAsync("replay", Path.Combine(_temp.Path, "nope.vtt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInterviewer_ExitsTwoListingSpeakers()
    {
        var result = await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--interviewer", "Nobody");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Jordan Whitfield, Rosa Delgado", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotUtf8_ExitsTwo()
    {
        var path = Path.Combine(_temp.Path, "latin1.vtt");
        File.WriteAllBytes(path, [.. "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>caf"u8, 0xE9, .. "</v>\n"u8]);

        var result = await Cli.RunAsync("replay", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_InsteadOfAFile_ExitsTwo()
    {
        var result = await Cli.RunAsync("replay", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwo() =>
        Assert.Equal(2, (await Cli.RunAsync("rewind", "x.vtt")).ExitCode);
}
