using InterviewBot.Core.Coaching.Classification.Model;

namespace InterviewBot.Training.Learning;

/// <summary>One fold: its name (the held-out source) and the indices of the items it holds out.</summary>
public sealed record Fold(string Name, IReadOnlyList<int> HeldOut);

/// <summary>
/// How items are split for cross-validation. Items with a study or source are held out a whole source at a time
/// (leave-one-source-out; items without one form the group "(none)"). A set with no sources at all (the dev set)
/// is split into k folds by a hash of the item id, so the split is the same on every run and machine.
/// </summary>
public static class FoldPlan
{
    public const int HashFolds = 5;

    /// <summary>The outer folds for evaluation: one per source, or k by id hash.</summary>
    public static IReadOnlyList<Fold> BySource(IReadOnlyList<PreparedItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.All(i => i.Item.Group is null)) return ByIdHash(items, HashFolds, salt: 0);
        return items.Select((item, index) => (Group: item.Item.Group ?? "(none)", index))
            .GroupBy(x => x.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Fold(g.Key, g.Select(x => x.index).ToArray()))
            .ToArray();
    }

    /// <summary>
    /// Inner folds inside a training set, for choosing modes and thresholds: sources dealt round-robin into at most
    /// <paramref name="maxFolds"/> folds, so every inner score is still on a source its model did not see. Items without a
    /// source (the dev set) are spread over the same folds by id hash, as the outer split does with them: a dev item is
    /// then scored by a model that saw the rest of the dev set, which is how the shipped model meets clean text.
    /// </summary>
    public static IReadOnlyList<Fold> Inner(IReadOnlyList<PreparedItem> items, int maxFolds)
    {
        ArgumentNullException.ThrowIfNull(items);
        var groups = items.Where(i => i.Item.Group is not null).Select(i => i.Item.Group!).Distinct(StringComparer.Ordinal).OrderBy(g => g, StringComparer.Ordinal).ToList();
        if (groups.Count < 3) return ByIdHash(items, 3, salt: 1);
        var k = Math.Min(maxFolds, groups.Count);
        var foldOf = groups.Select((g, i) => (g, i % k)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
        int FoldOfItem(PreparedItem p) => p.Item.Group is { } g ? foldOf[g] : FoldOf(p.Item.Id, k, salt: 2);
        return Enumerable.Range(0, k)
            .Select(f => new Fold(string.Join('+', groups.Where(g => foldOf[g] == f)),
                items.Select((item, index) => (item, index)).Where(x => FoldOfItem(x.item) == f).Select(x => x.index).ToArray()))
            .ToArray();
    }

    private static Fold[] ByIdHash(IReadOnlyList<PreparedItem> items, int k, int salt) =>
        Enumerable.Range(0, k)
            .Select(f => new Fold($"id-hash {f + 1}/{k}",
                items.Select((item, index) => (item, index)).Where(x => FoldOf(x.item.Item.Id, k, salt) == f).Select(x => x.index).ToArray()))
            .ToArray();

    private static int FoldOf(string id, int k, int salt) => (int)(FeatureHash.Of((uint)(1000 + salt), id) % (uint)k);
}
