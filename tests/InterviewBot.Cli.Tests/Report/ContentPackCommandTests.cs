namespace InterviewBot.Cli.Tests.Report;

public sealed class ContentPackCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string[] s_pack = ["case-study.md", "linkedin.md", "newsletter.md", "testimonials.md"];

    [Fact]
    public async Task CaseStudyGoal_WritesTheContentPack()
    {
        var result = await Cli.RunAsync("replay", Cli.Sample("physio-case-study.vtt"), "--goal", "a short case study on what changed for the clinic", "--out", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.All(s_pack, f => Assert.True(File.Exists(Path.Combine(_temp.Path, f)), f));
        Assert.StartsWith("# Northside Physio:", File.ReadAllText(Path.Combine(_temp.Path, "case-study.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoveryInterview_GetsNoPackUnlessAsked()
    {
        var without = Path.Combine(_temp.Path, "without");
        var with = Path.Combine(_temp.Path, "with");

        await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", without);
        await Cli.RunAsync("report", Cli.Sample("bakery-bad.vtt"), "--content-pack", "--out", with);

        Assert.All(s_pack, f => Assert.False(File.Exists(Path.Combine(without, f)), f));
        Assert.All(s_pack, f => Assert.True(File.Exists(Path.Combine(with, f)), f));
    }
}
