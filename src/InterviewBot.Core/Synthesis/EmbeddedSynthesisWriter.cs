using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Synthesis;

/// <summary>The deterministic synthesis (<see cref="Synthesizer"/>) behind the writer port: no network, same input, same output.</summary>
public sealed class EmbeddedSynthesisWriter : ISynthesisWriter
{
    public Task<SynthesisResult> WriteAsync(IReadOnlyList<InterviewEvidence> interviews, CancellationToken cancellationToken) =>
        Task.FromResult(Synthesizer.Synthesize(interviews));
}
