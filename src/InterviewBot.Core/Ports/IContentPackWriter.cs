using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Ports;

/// <summary>Drafts the content pack after the call (embedded extractive writer, or an LLM held to the same grounding check).</summary>
public interface IContentPackWriter
{
    Task<ContentPack.ContentPack> WriteAsync(PostCallReport report, ISessionView session, CancellationToken cancellationToken);
}
