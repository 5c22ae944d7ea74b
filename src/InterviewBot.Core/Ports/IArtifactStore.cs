namespace InterviewBot.Core.Ports;

/// <summary>Stores a session's post-call artefacts (local folder, Azure Blob); a second write of the same name is a no-op.</summary>
public interface IArtifactStore
{
    /// <summary>Writes one artefact; returns false when it already existed (post-call runs once per session).</summary>
    Task<bool> WriteAsync(string sessionId, Artifact artifact, CancellationToken cancellationToken);

    /// <summary>Reads one artefact back (for the report link); null when there is none by that name.</summary>
    Task<Artifact?> ReadAsync(string sessionId, string name, CancellationToken cancellationToken);

    /// <summary>The sessions holding an artefact named <paramref name="name"/>, in ordinal order (for reading many interviews together).</summary>
    IAsyncEnumerable<string> SessionsWithAsync(string name, CancellationToken cancellationToken);
}

/// <summary>One named output of a session, such as <c>snapshot.md</c> or <c>nudges.jsonl</c>.</summary>
public sealed record Artifact(string Name, string ContentType, ReadOnlyMemory<byte> Content);
