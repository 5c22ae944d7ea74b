using System.Text.Json;
using InterviewBot.Training.Tests.TestSupport;

namespace InterviewBot.Training.Tests.Evaluation;

/// <summary>The committed model file and cross-validation reports, read from the repository.</summary>
internal static class CommittedArtefacts
{
    public const string ModelPath = "src/InterviewBot.Core/Coaching/Classification/Model/classifier-model.json";

    public const string ReportFolder = "docs/quality";

    public static string Full(string repoPath) => Path.Combine(Fixture.RepoRoot, repoPath);

    /// <summary>Every committed report's file name (cv-*.json).</summary>
    public static IEnumerable<string> ReportNames() =>
        Directory.Exists(Full(ReportFolder))
            ? Directory.GetFiles(Full(ReportFolder), "cv-*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];

    public static JsonDocument Report(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Full(ReportFolder), name)));
}
