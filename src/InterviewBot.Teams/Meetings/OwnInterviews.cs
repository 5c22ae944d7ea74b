using System.Globalization;
using System.Text;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Synthesis;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// One interviewer's finished interviews, from the artefact store (a folder or blob storage): those whose
/// <c>owner.json</c> names their Entra object id and that finished since a given time, read back from their
/// <c>report.json</c>. Another interviewer's report is never read.
/// </summary>
public sealed class OwnInterviews(IArtifactStore store, ILogger<OwnInterviews> logger)
{
    public const string ReportName = "report.json";

    /// <summary>The interviews, oldest first, each named after its interviewee and day (made unique).</summary>
    public async Task<IReadOnlyList<InterviewEvidence>> FindAsync(string aadObjectId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var mine = new List<(InterviewOwner Owner, string SessionId)>();
        await foreach (var id in store.SessionsWithAsync(InterviewOwner.ArtifactName, cancellationToken).ConfigureAwait(false))
        {
            var owner = InterviewOwner.Read(await store.ReadAsync(id, InterviewOwner.ArtifactName, cancellationToken).ConfigureAwait(false));
            // Entra object ids are GUIDs; their letters' case is not part of who someone is.
            if (owner is not null && string.Equals(owner.InterviewerAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase) && owner.FinishedAt >= since)
                mine.Add((owner, id));
        }
        var interviews = new List<InterviewEvidence>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (owner, id) in mine.OrderBy(m => m.Owner.FinishedAt).ThenBy(m => m.SessionId, StringComparer.Ordinal))
        {
            if (await store.ReadAsync(id, ReportName, cancellationToken).ConfigureAwait(false) is not { } report)
            {
                logger.ThemesSkipped(id, "no report.json");
                continue;
            }
            var (evidence, error) = ReportJsonReader.Read(Unique(names, owner), Encoding.UTF8.GetString(report.Content.Span), $"{id}/{ReportName}");
            if (evidence is null)
            {
                logger.ThemesSkipped(id, error ?? "unreadable");
                continue;
            }
            interviews.Add(evidence);
        }
        return interviews;
    }

    /// <summary>"Marcus · 1 Dec", or "Marcus · 1 Dec (2)" for a second interview with him that day: a theme counts interviews by name.</summary>
    private static string Unique(HashSet<string> taken, InterviewOwner owner)
    {
        var name = $"{(owner.Interviewee.Length > 0 ? owner.Interviewee : "Interviewee")} · {owner.FinishedAt.ToString("d MMM", CultureInfo.InvariantCulture)}";
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++) unique = $"{name} ({n})";
        return unique;
    }
}
