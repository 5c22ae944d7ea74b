using InterviewBot.Training.Corpus;
using InterviewBot.Training.Learning;

namespace InterviewBot.Training.Tests.TestSupport;

/// <summary>The small synthetic corpus in Fixtures/ (three studies, the real corpus's line format), read and featurized once.</summary>
internal static class Fixture
{
    private static readonly Lazy<IReadOnlyList<PreparedItem>> s_prepared = new(() => PreparedItem.PrepareAll(Items));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus.synthetic.jsonl");

    public static IReadOnlyList<LabelledUtterance> Items
    {
        get
        {
            var (items, errors) = CorpusReader.Parse(File.ReadAllText(Path), Path);
            Assert.Empty(errors);
            return items;
        }
    }

    public static IReadOnlyList<PreparedItem> Prepared => s_prepared.Value;

    /// <summary>The repository root (the folder with InterviewBot.sln), for tests about committed files.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "InterviewBot.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
