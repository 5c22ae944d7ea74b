using System.Net.Http.Json;
using System.Text.Json.Serialization;
using InterviewBot.Core.Sessions;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// The Windows media worker's API (docs/media-worker.md): given the live session's media URL and token, it prepares
/// application-hosted media for one call and returns the media configuration blob the join request must carry; once
/// the call is up it streams each participant's unmixed 20 ms frames to that URL over the ingest protocol.
/// </summary>
public sealed class MediaWorkerClient(HttpClient http, IOptions<CallingOptions> options)
{
    public bool Configured => options.Value.MediaWorkerUrl is not null;

    /// <summary>Asks the worker to get ready for a call feeding session <paramref name="sessionId"/>; returns its media configuration blob.</summary>
    public async Task<string> PrepareAsync(string sessionId, Uri mediaUrl, string token, IReadOnlyList<Participant> participants, CancellationToken cancellationToken)
    {
        var worker = options.Value.MediaWorkerUrl ?? throw new InvalidOperationException("Calling:MediaWorkerUrl is not configured");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(worker, "v1/calls"))
        {
            Content = JsonContent.Create(new WorkerCallRequest(sessionId, mediaUrl, token,
                [.. participants.Select(p => new WorkerParticipant(p.Id, p.DisplayName, p.Role.ToString().ToLowerInvariant()))]), WorkerJsonContext.Default.WorkerCallRequest),
        };
        if (options.Value.MediaWorkerKey is { Length: > 0 } key) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        // Not retried: a second prepare would make the worker hold two media sessions for one call.
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"the media worker answered {(int)response.StatusCode}", null, response.StatusCode);
        var prepared = await response.Content.ReadFromJsonAsync(WorkerJsonContext.Default.WorkerCallPrepared, cancellationToken).ConfigureAwait(false);
        return prepared?.MediaConfiguration is { Length: > 0 } blob ? blob : throw new HttpRequestException("the media worker returned no media_configuration");
    }
}

/// <summary>What the worker is asked to prepare: where to stream (ingest protocol), with which token, and who is expected.</summary>
public sealed record WorkerCallRequest(string SessionId, Uri MediaUrl, string Token, IReadOnlyList<WorkerParticipant> Participants);

/// <summary>A participant the session already knows (the worker maps Teams media sources to these by Entra id or name).</summary>
public sealed record WorkerParticipant(string Id, string Name, string Role);

/// <summary>The worker's answer: the blob for <c>appHostedMediaConfig</c>.</summary>
public sealed record WorkerCallPrepared(string? MediaConfiguration);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(WorkerCallRequest))]
[JsonSerializable(typeof(WorkerCallPrepared))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
