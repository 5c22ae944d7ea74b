using System.Globalization;
using System.Text.Json;
using InterviewBot.Core.Ports;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// Whose interview a session was (the interviewer's Entra object id, never a display name), with whom, and when it
/// finished: <c>owner.json</c>, written beside the report so that <c>themes</c> reads the asker's interviews only.
/// Not served behind the report links.
/// </summary>
public sealed record InterviewOwner(string InterviewerAadObjectId, string Interviewee, DateTimeOffset FinishedAt)
{
    public const string ArtifactName = "owner.json";
    public const int SchemaVersion = 1;

    /// <summary>The artefact to store.</summary>
    public Artifact ToArtifact()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("schema_version", SchemaVersion);
            w.WriteString("interviewer_aad_object_id", InterviewerAadObjectId);
            w.WriteString("interviewee", Interviewee);
            w.WriteString("finished_at", FinishedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        return new Artifact(ArtifactName, "application/json", stream.ToArray());
    }

    /// <summary>The owner a stored <c>owner.json</c> names; null when there is none or it is not one this version reads.</summary>
    public static InterviewOwner? Read(Artifact? artifact)
    {
        if (artifact is null) return null;
        try
        {
            using var doc = JsonDocument.Parse(artifact.Content);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("schema_version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == SchemaVersion
                && String(root, "interviewer_aad_object_id") is { Length: > 0 } aad && String(root, "interviewee") is { } interviewee
                && DateTimeOffset.TryParse(String(root, "finished_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var finished)
                ? new InterviewOwner(aad, interviewee, finished)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
