using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Ports;

/// <summary>Writes the post-call report of an ended session (embedded extractive writer, or an LLM with a grounding check).</summary>
public interface IPostCallWriter
{
    Task<PostCallReport> WriteAsync(ISessionView session, CancellationToken cancellationToken);
}
