using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;

namespace InterviewBot.Azure.Storage;

/// <summary>
/// Artefacts as block blobs <c>sessions/{id}/{name}</c> with their content types. Writes are conditional (If-None-Match: *),
/// so a second post-call run for the same session changes nothing: the post-call happens once, whoever runs it.
/// </summary>
public sealed class BlobArtifactStore(BlobContainerClient container) : IArtifactStore
{
    public async Task<bool> WriteAsync(string sessionId, Artifact artifact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var blob = container.GetBlobClient($"sessions/{SessionFileName.Validate(sessionId)}/{Path.GetFileName(artifact.Name)}");
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(artifact.Content), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = artifact.ContentType },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    public async Task<Artifact?> ReadAsync(string sessionId, string name, CancellationToken cancellationToken)
    {
        if (Path.GetFileName(name) != name || name.Length == 0) return null;
        try
        {
            var content = await container.GetBlobClient($"sessions/{SessionFileName.Validate(sessionId)}/{name}").DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new Artifact(name, content.Value.Details.ContentType ?? "application/octet-stream", content.Value.Content.ToMemory());
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<string> SessionsWithAsync(string name, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Path.GetFileName(name) != name || name.Length == 0) yield break;
        // A flat listing of the sessions' blobs, in name order (so session order): the service lists ordinally.
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Prefix = "sessions/" }, cancellationToken).ConfigureAwait(false))
        {
            var parts = blob.Name.Split('/');
            if (parts.Length == 3 && parts[2] == name) yield return parts[1];
        }
    }
}
