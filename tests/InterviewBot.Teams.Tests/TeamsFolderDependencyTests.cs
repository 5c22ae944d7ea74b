namespace InterviewBot.Teams.Tests;

/// <summary>
/// The Teams adapter's folders depend on each other in one direction only (Protocol and Cards at the bottom, Coach at
/// the top): read from the <c>using</c> lines and fully-qualified names of the source, so a cycle fails here first.
/// </summary>
public sealed class TeamsFolderDependencyTests
{
    private const string Root = "InterviewBot.Teams.";

    private static Dictionary<string, HashSet<string>> Graph()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "InterviewBot.sln"))) dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("not inside the repository");
        var src = Path.Combine(dir, "src", "InterviewBot.Teams");
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(src, file);
            if (!relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue; // the root's wiring sees every folder, by design
            var folder = relative[..relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal)];
            var uses = graph.TryGetValue(folder, out var set) ? set : graph[folder] = new HashSet<string>(StringComparer.Ordinal);
            var text = File.ReadAllText(file);
            for (var i = text.IndexOf(Root, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Root, i + 1, StringComparison.Ordinal))
            {
                var start = i + Root.Length;
                var end = start;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                var used = text[start..end];
                if (used.Length > 0 && used != folder && Directory.Exists(Path.Combine(src, used))) uses.Add(used);
            }
        }
        return graph;
    }

    [Fact]
    public void TeamsFolders_HaveNoDependencyCycle()
    {
        var graph = Graph();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new Stack<string>();
        string? Visit(string folder)
        {
            if (state.GetValueOrDefault(folder) == 2) return null;
            if (state.GetValueOrDefault(folder) == 1) return string.Join(" → ", path.Reverse().SkipWhile(f => f != folder).Append(folder));
            state[folder] = 1;
            path.Push(folder);
            foreach (var next in graph.GetValueOrDefault(folder) ?? []) if (Visit(next) is { } cycle) return cycle;
            path.Pop();
            state[folder] = 2;
            return null;
        }

        foreach (var folder in graph.Keys) Assert.Null(Visit(folder));
    }

    [Fact]
    public void TheRouter_IsAtTheTop_AndTheProtocolAtTheBottom()
    {
        var graph = Graph();

        Assert.DoesNotContain(graph, f => f.Key != "Coach" && f.Value.Contains("Coach"));
        Assert.Empty(graph["Protocol"]);
    }
}
