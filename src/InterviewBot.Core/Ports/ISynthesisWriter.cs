using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Ports;

/// <summary>Finds the themes across finished interviews (embedded grouping, or an LLM that may name and merge its groups).</summary>
public interface ISynthesisWriter
{
    Task<SynthesisResult> WriteAsync(IReadOnlyList<InterviewEvidence> interviews, CancellationToken cancellationToken);
}
