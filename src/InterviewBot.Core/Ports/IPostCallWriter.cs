using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Ports;

/// <summary>Writes the post-call artefacts of an ended session (embedded extractive writer, or an LLM with a grounding check).</summary>
public interface IPostCallWriter
{
    Task<IReadOnlyList<Artifact>> WriteAsync(ISessionView session, CancellationToken cancellationToken);
}
