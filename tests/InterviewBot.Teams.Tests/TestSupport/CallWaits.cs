namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>
/// Waiting for what the calling SDK causes: it raises call and participant events on its own notification queue, after
/// the notification was accepted, so a test waits for the outcome (never for a fixed time) and fails if it never comes.
/// </summary>
internal static class CallWaits
{
    public static async Task UntilAsync(Func<bool> condition, string? what = null)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition()) return;
            await Task.Delay(20);
        }
        Assert.Fail($"not reached within 10 s: {what ?? "the expected outcome"}");
    }

    /// <summary>The one session journal's lines, read while the session may still be writing it.</summary>
    public static string[] JournalLines(string dataDirectory)
    {
        var journals = Directory.Exists(Path.Combine(dataDirectory, "journals")) ? Directory.GetFiles(Path.Combine(dataDirectory, "journals")) : [];
        if (journals.Length == 0) return [];
        using var stream = new FileStream(Assert.Single(journals), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
