using InterviewBot.Training.Corpus;

namespace InterviewBot.Training.Tests.Evaluation;

/// <summary>
/// Floors on the cross-validated figures (never on data a model was trained on): each committed report
/// (interviewbot eval --utterances FILE --folds source --report docs/quality/cv-*.json) must come from the data
/// committed now, and the shipped column of every label must meet its floor.
/// </summary>
public class CommittedReportTests
{
    /// <summary>The floors per report: the issue's targets on the real corpus, the dev set's long-standing floors on the dev set.</summary>
    private static readonly Dictionary<string, Dictionary<string, (double Precision, double Recall)>> s_floors = new(StringComparer.Ordinal)
    {
        ["cv-dev.json"] = new(StringComparer.Ordinal)
        {
            ["open_question"] = (0.95, 0.90), ["follow_up"] = (0.95, 0.90), ["closed_question"] = (0.95, 0.90), ["leading_question"] = (0.95, 0.90),
            ["hypothetical_question"] = (0.95, 0.90), ["generic_question"] = (0.95, 0.90), ["multi_part_question"] = (0.95, 0.90), ["pitch"] = (0.95, 0.90),
            ["vague_quantity"] = (0.90, 0.85), ["quantified"] = (0.90, 0.85), ["generalization"] = (0.90, 0.85), ["vague_praise"] = (0.90, 0.85),
            ["complaint"] = (0.90, 0.85), ["emotion"] = (0.90, 0.85), ["feature_request"] = (0.90, 0.85), ["alternative_mention"] = (0.90, 0.85),
            ["story"] = (0.90, 0.85), ["commitment"] = (0.90, 0.85), ["short_answer"] = (0.90, 0.85),
        },
    };

    public static TheoryData<string> Reports => [.. CommittedArtefacts.ReportNames()];

    public static TheoryData<string, string> Floors
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (report, labels) in s_floors)
                foreach (var label in labels.Keys) data.Add(report, label);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Report_WasProducedFromTheCommittedData(string report)
    {
        using var doc = CommittedArtefacts.Report(report);
        var inputs = doc.RootElement.GetProperty("inputs").EnumerateArray().Select(i => CommittedArtefacts.Full(i.GetString()!)).ToArray();
        var sha = await new CorpusFiles(inputs).Sha256Async(CancellationToken.None);
        Assert.True(sha == doc.RootElement.GetProperty("sha256").GetString(),
            $"{report}: its data changed since it was produced; rerun 'interviewbot eval --utterances … --folds source --report docs/quality/{report}'");
    }

    [Theory]
    [MemberData(nameof(Floors))]
    public void ShippedFigures_MeetTheFloor(string report, string label)
    {
        Assert.True(File.Exists(Path.Combine(CommittedArtefacts.Full(CommittedArtefacts.ReportFolder), report)), $"{report} is not committed");
        using var doc = CommittedArtefacts.Report(report);
        var entry = doc.RootElement.GetProperty("labels").EnumerateArray().Single(l => l.GetProperty("label").GetString() == label);
        var shipped = entry.GetProperty("chosen");
        var (precision, recall) = s_floors[report][label];
        Assert.True(entry.GetProperty("support").GetInt32() > 0, $"{report}: {label} has no positives");
        Assert.True(shipped.GetProperty("precision").GetDouble() >= precision, $"{report}: {label} precision {shipped.GetProperty("precision").GetDouble():0.000} < {precision}");
        Assert.True(shipped.GetProperty("recall").GetDouble() >= recall, $"{report}: {label} recall {shipped.GetProperty("recall").GetDouble():0.000} < {recall}");
    }
}
