using InterviewBot.Training.Learning;
using InterviewBot.Training.Tests.TestSupport;

namespace InterviewBot.Training.Tests.Learning;

public class FoldPlanTests
{
    [Fact]
    public void BySource_IsOneFoldPerStudy_HoldingOutOnlyThatStudy()
    {
        var items = Fixture.Prepared;
        var folds = FoldPlan.BySource(items);
        Assert.Equal(["synthetic-study-a", "synthetic-study-b", "synthetic-study-c"], folds.Select(f => f.Name));
        foreach (var fold in folds)
            Assert.All(fold.HeldOut, i => Assert.Equal(fold.Name, items[i].Item.Group));
        Assert.Equal(items.Count, folds.Sum(f => f.HeldOut.Count));
    }

    [Fact]
    public void WithoutSources_FoldsAreFiveByIdHash_TheSameEveryRun()
    {
        var items = Fixture.Prepared.Select(p => p with { Item = p.Item with { Group = null } }).ToArray();
        var first = FoldPlan.BySource(items);
        var second = FoldPlan.BySource(items);
        Assert.Equal(FoldPlan.HashFolds, first.Count);
        Assert.Equal(first.Select(f => f.HeldOut.ToArray()), second.Select(f => f.HeldOut.ToArray()));
        Assert.Equal(items.Length, first.SelectMany(f => f.HeldOut).Distinct().Count());
    }

    [Fact]
    public void InnerFolds_HoldOutWholeSources()
    {
        var items = Fixture.Prepared;
        foreach (var fold in FoldPlan.Inner(items, 4))
        {
            var held = fold.HeldOut.Select(i => items[i].Item.Group).ToHashSet();
            var kept = items.Where((_, i) => !fold.HeldOut.Contains(i)).Select(p => p.Item.Group).ToHashSet();
            Assert.Empty(held.Intersect(kept));
        }
    }
}
