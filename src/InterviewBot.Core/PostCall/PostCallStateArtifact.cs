using System.Text.Json;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Serialization;

namespace InterviewBot.Core.PostCall;

/// <summary>
/// <c>postcall.json</c>, written after a session's post-call finished or failed for good: the visible end state,
/// and the mark a restarted host reads to know the post-call must not run again.
/// </summary>
public static class PostCallStateArtifact
{
    public const string Name = "postcall.json";

    public static Artifact Create(PostCallState state) => new(Name, "application/json", JsonSerializer.SerializeToUtf8Bytes(state, CoreJsonContext.Default.PostCallState));

    /// <summary>The state an artefact holds; null when it is not a readable state.</summary>
    public static PostCallState? Read(Artifact? artifact)
    {
        if (artifact is null) return null;
        try
        {
            return JsonSerializer.Deserialize(artifact.Content.Span, CoreJsonContext.Default.PostCallState);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
