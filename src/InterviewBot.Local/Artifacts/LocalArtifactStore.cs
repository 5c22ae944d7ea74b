using System.Runtime.CompilerServices;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;

namespace InterviewBot.Local.Artifacts;

/// <summary>Artefacts in a local folder, <c>{root}/{sessionId}/{name}</c>; an existing file is never overwritten.</summary>
public sealed class LocalArtifactStore(string root) : IArtifactStore
{
    public async Task<bool> WriteAsync(string sessionId, Artifact artifact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var name = Path.GetFileName(artifact.Name);
        if (name != artifact.Name || name.Length == 0 || name.StartsWith('.'))
            throw new ArgumentException($"artifact name '{artifact.Name}' must be a plain file name", nameof(artifact));
        var folder = Path.Combine(root, SessionFileName.Validate(sessionId));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var temp = $"{path}.{Guid.NewGuid():N}.partial";
        await File.WriteAllBytesAsync(temp, artifact.Content.ToArray(), cancellationToken).ConfigureAwait(false);
        try
        {
            // The move is atomic and refuses to replace: a second post-call run finds the file and stops.
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return false;
        }
    }

    public async Task<Artifact?> ReadAsync(string sessionId, string name, CancellationToken cancellationToken)
    {
        if (Path.GetFileName(name) != name || name.Length == 0 || name.StartsWith('.')) return null;
        var path = Path.Combine(root, SessionFileName.Validate(sessionId), name);
        if (!File.Exists(path)) return null;
        return new Artifact(name, "application/octet-stream", await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
    }

    public async IAsyncEnumerable<string> SessionsWithAsync(string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Path.GetFileName(name) != name || name.Length == 0 || name.StartsWith('.') || !Directory.Exists(root)) yield break;
        var sessions = Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>()
            .Where(id => File.Exists(Path.Combine(root, id, name))).Order(StringComparer.Ordinal).ToList();
        foreach (var id in sessions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return id;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }
}
