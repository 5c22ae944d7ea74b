using InterviewBot.Core.ContentPack;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Ports;

namespace InterviewBot.Cli.Output;

/// <summary>The two writers a finished session goes through: the report, and (when asked) the content pack.</summary>
internal sealed record PostCallWriters(IPostCallWriter Report, IContentPackWriter ContentPack)
{
    /// <summary>The embedded pair: deterministic, no configuration, no network.</summary>
    public static PostCallWriters Embedded { get; } = new(new EmbeddedPostCallWriter(), new EmbeddedContentPackWriter());
}
