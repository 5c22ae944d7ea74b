using InterviewBot.Core.ContentPack;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Ports;

namespace InterviewBot.Cli.Output;

/// <summary>
/// The configured services a replay uses: the report writer, the content-pack writer, and the speech
/// recognizer for audio (null when none is configured: audio then gives timing coaching only).
/// </summary>
internal sealed record PostCallWriters(IPostCallWriter Report, IContentPackWriter ContentPack, ISpeechRecognizer? Recognizer = null)
{
    /// <summary>The embedded pair and no recognizer: deterministic, no configuration, no network.</summary>
    public static PostCallWriters Embedded { get; } = new(new EmbeddedPostCallWriter(), new EmbeddedContentPackWriter());
}
