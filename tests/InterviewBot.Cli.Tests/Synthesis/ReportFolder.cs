using System.Text.Json;

namespace InterviewBot.Cli.Tests.Synthesis;

/// <summary>Writes a finished interview's folder holding only the report.json parts a synthesis reads.</summary>
internal static class ReportFolder
{
    /// <summary>Folder <paramref name="name"/> under <paramref name="root"/>, its insights said ten seconds apart.</summary>
    public static string Write(string root, string name, params string[] insights)
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        var quotes = insights.Select((t, i) => new { text = t, speaker = "P", at_seconds = 10.0 * (i + 1) });
        File.WriteAllText(Path.Combine(dir, "report.json"), JsonSerializer.Serialize(new { schema_version = 1, snapshot = new { key_insights = quotes, alternatives = Array.Empty<object>() } }));
        return dir;
    }
}
