using System.Text.Json;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Tests.TestSupport;

/// <summary>
/// Every turn of the labelled sets the tests can read (the dev set and the real-speech corpus), with its role and
/// context turn, for checks that a faster path gives what a straightforward one gives on real text.
/// </summary>
internal static class CorpusTurns
{
    public sealed record Turn(string Id, string Text, ParticipantRole Role, string? Context);

    private static readonly Lazy<IReadOnlyList<Turn>> s_all = new(() =>
        [.. Read(Path.Combine("data", "utterances.dev.jsonl")), .. Read(Path.Combine("data", "real-speech", "utterances.jsonl"))]);

    public static IReadOnlyList<Turn> All => s_all.Value;

    private static IEnumerable<Turn> Read(string relative)
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, relative)))
        {
            if (line.Trim().Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var role = r.GetProperty("role").GetString() == "interviewer" ? ParticipantRole.Interviewer : ParticipantRole.Interviewee;
            var context = r.TryGetProperty("context", out var c) ? c.GetString() : null;
            yield return new Turn(r.GetProperty("id").GetString()!, r.GetProperty("text").GetString()!, role, string.IsNullOrWhiteSpace(context) ? null : context);
        }
    }
}
