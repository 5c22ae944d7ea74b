using System.Text.Json;
using System.Web;

namespace InterviewBot.Teams.Protocol;

/// <summary>
/// What a Teams meeting join link carries for Graph calling: the meeting chat's thread id and message id from its
/// path, and the tenant (<c>Tid</c>) and organizer (<c>Oid</c>) from its <c>context</c> query —
/// <c>https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context={"Tid":"…","Oid":"…"}</c>.
/// </summary>
public sealed record TeamsJoinUrl(string ThreadId, string MessageId, string? TenantId, string? OrganizerId)
{
    /// <summary>The parts of a Teams join link; null for anything else (a Zoom link, a mangled one).</summary>
    public static TeamsJoinUrl? Parse(Uri? link)
    {
        if (link is null || !link.IsAbsoluteUri || !link.Host.EndsWith("teams.microsoft.com", StringComparison.OrdinalIgnoreCase)) return null;
        var segments = link.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(segments, s => s.Equals("meetup-join", StringComparison.OrdinalIgnoreCase));
        if (at < 0 || at + 1 >= segments.Length) return null;
        var thread = Uri.UnescapeDataString(segments[at + 1]);
        if (!thread.StartsWith("19:", StringComparison.Ordinal)) return null;
        var message = at + 2 < segments.Length ? Uri.UnescapeDataString(segments[at + 2]) : "0";
        string? tenant = null, organizer = null;
        if (HttpUtility.ParseQueryString(link.Query)["context"] is { Length: > 0 } context)
        {
            try
            {
                using var json = JsonDocument.Parse(context);
                tenant = json.RootElement.TryGetProperty("Tid", out var tid) && tid.ValueKind == JsonValueKind.String ? tid.GetString() : null;
                organizer = json.RootElement.TryGetProperty("Oid", out var oid) && oid.ValueKind == JsonValueKind.String ? oid.GetString() : null;
            }
            catch (JsonException)
            {
                // A link without a readable context still names the meeting's chat.
            }
        }
        return new TeamsJoinUrl(thread, message, tenant, organizer);
    }
}
