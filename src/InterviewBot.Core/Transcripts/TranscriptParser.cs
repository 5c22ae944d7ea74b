using InterviewBot.Core.Transcripts.Jsonl;
using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Core.Transcripts;

/// <summary>Reads any supported transcript, choosing the format from the content rather than the file name.</summary>
public static class TranscriptParser
{
    public static TranscriptReadResult Parse(string content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (start.IsEmpty) return TranscriptReadResult.Failure(source, 1, "the file is empty; expected a WebVTT or JSONL transcript");
        return start[0] == '{'
            ? JsonlTranscriptParser.Parse(content, source)
            : WebVttParser.Parse(content, source);
    }
}
