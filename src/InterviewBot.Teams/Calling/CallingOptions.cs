namespace InterviewBot.Teams.Calling;

/// <summary>Joining meetings through Microsoft Graph calling (configuration section <c>Calling</c>; <c>Coach:MediaDoor=graph</c>).</summary>
public sealed class CallingOptions
{
    public const string Section = "Calling";

    /// <summary>Where the keys that sign Graph's call notifications are published.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration");

    /// <summary>Issuers a call notification's token may have.</summary>
    public IList<string> ValidIssuers { get; } = ["https://api.botframework.com", "https://graph.microsoft.com"];

    /// <summary>
    /// A Windows media worker (docs/media-worker.md): with one, calls are joined with application-hosted media and the
    /// worker streams each participant's audio to the ingest WebSocket; without, service-hosted (presence and roster only).
    /// </summary>
    public Uri? MediaWorkerUrl { get; set; }

    /// <summary>Sent to the media worker as a bearer token, so it serves only this server (a secret: user secrets or Key Vault).</summary>
    public string? MediaWorkerKey { get; set; }

    /// <summary>The coach leaves a call this long after the interview's planned length (or at the meeting's end, if sooner).</summary>
    public TimeSpan HangUpGrace { get; set; } = TimeSpan.FromMinutes(10);
}
