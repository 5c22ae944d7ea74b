using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.ContentPack;

/// <summary>The deterministic content-pack writer behind the port: <see cref="ContentPackBuilder"/>, no network.</summary>
public sealed class EmbeddedContentPackWriter(IUtteranceClassifier classifier) : IContentPackWriter
{
    public EmbeddedContentPackWriter() : this(CoachFactory.Classifier)
    {
    }

    public Task<ContentPack> WriteAsync(PostCallReport report, ISessionView session, CancellationToken cancellationToken) =>
        Task.FromResult(ContentPackBuilder.Build(report, session, classifier));
}
