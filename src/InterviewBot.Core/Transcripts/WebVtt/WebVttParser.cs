using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.Transcripts.WebVtt;

/// <summary>
/// Reads WebVTT transcripts as Microsoft Teams (<c>&lt;v Name&gt;</c> voices) and Zoom (<c>Name: text</c>)
/// write them. Cues keep their order and overlaps; a cue with no speaker continues the previous one.
/// </summary>
public static partial class WebVttParser
{
    private const int MaxSpeakerNameLength = 60;

    public static TranscriptReadResult Parse(string content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            return TranscriptReadResult.Success(new Reader(content, source).Read());
        }
        catch (VttException ex)
        {
            return TranscriptReadResult.Failure(source, ex.Line, ex.Message);
        }
    }

    /// <summary>Zoom's speaker prefix: a short name (no sentence punctuation) then a colon and a space.</summary>
    [GeneratedRegex(@"^(?<name>\p{L}[\p{L}\p{M}0-9 '’\-\(\)@&]{0,59}):\s+(?<text>.+)$", RegexOptions.Singleline)]
    private static partial Regex ZoomPrefix();

    private sealed class Reader(string content, string source)
    {
        private readonly string[] _lines = SplitLines(content);
        private readonly bool _usesVoices = content.Contains("<v ", StringComparison.Ordinal)
            || content.Contains("<v.", StringComparison.Ordinal) || content.Contains("<v\t", StringComparison.Ordinal);
        private readonly List<TranscriptCue> _cues = [];
        private string? _previousSpeaker;
        private int _index;

        public Transcript Read()
        {
            var nul = content.IndexOf('\0', StringComparison.Ordinal);
            if (nul >= 0)
                throw new VttException(LineOfOffset(nul), "binary data (a NUL byte); expected a WebVTT text file");
            ReadHeader();
            while (NextBlock() is { } block) ReadBlock(block);
            if (_cues.Count == 0)
                throw new VttException(LastNonBlankLine(), "no cues found; expected at least one 'start --> end' cue with text");
            var ordered = _cues.OrderBy(c => c.Start).ThenBy(c => c.Line).ToArray();
            return new Transcript(source, _usesVoices ? TranscriptFormat.TeamsVtt : TranscriptFormat.ZoomVtt, ordered);
        }

        private void ReadHeader()
        {
            var first = _lines.Length > 0 ? _lines[0] : "";
            if (first.Length > 0 && first[0] == '\uFEFF') first = first[1..];
            var ok = first == "WEBVTT" || first.StartsWith("WEBVTT ", StringComparison.Ordinal) || first.StartsWith("WEBVTT\t", StringComparison.Ordinal);
            if (!ok)
            {
                var found = first.Length == 0 ? "an empty line" : $"'{Truncate(first)}'";
                throw new VttException(1, $"expected 'WEBVTT' on the first line, found {found}");
            }
            // Header metadata runs to the first blank line.
            _index = 1;
            while (_index < _lines.Length && _lines[_index].Trim().Length > 0)
            {
                if (_lines[_index].Contains("-->", StringComparison.Ordinal))
                    throw new VttException(_index + 1, "expected a blank line between the 'WEBVTT' header and the first cue");
                _index++;
            }
        }

        private Block? NextBlock()
        {
            while (_index < _lines.Length && _lines[_index].Trim().Length == 0) _index++;
            if (_index >= _lines.Length) return null;
            var start = _index;
            while (_index < _lines.Length && _lines[_index].Trim().Length > 0) _index++;
            return new Block(start, _index - start);
        }

        private void ReadBlock(Block block)
        {
            var first = _lines[block.Start];
            if (IsKeywordBlock(first, "NOTE") || IsKeywordBlock(first, "STYLE") || IsKeywordBlock(first, "REGION")) return;

            var timingOffset = first.Contains("-->", StringComparison.Ordinal) ? 0
                : block.Count > 1 && _lines[block.Start + 1].Contains("-->", StringComparison.Ordinal) ? 1
                : -1;
            if (timingOffset < 0)
                throw new VttException(block.Start + 1, $"expected a cue timing line 'hh:mm:ss.ttt --> hh:mm:ss.ttt', found '{Truncate(first)}'");

            var timingLine = block.Start + timingOffset;
            var (start, end) = ReadTiming(_lines[timingLine], timingLine + 1);
            var payloadStart = timingLine + 1;
            var payloadCount = block.Count - timingOffset - 1;
            if (payloadCount == 0) return; // an empty cue says nothing

            var payload = string.Join('\n', _lines, payloadStart, payloadCount);
            foreach (var (voice, raw) in SplitVoices(payload, payloadStart + 1))
            {
                var text = Clean(raw);
                if (text.Length == 0) continue;
                var speaker = voice;
                if (speaker is null && !_usesVoices && ZoomPrefix().Match(text) is { Success: true } m)
                {
                    speaker = m.Groups["name"].Value.Trim();
                    text = m.Groups["text"].Value.Trim();
                }
                speaker ??= _previousSpeaker
                    ?? throw new VttException(payloadStart + 1, "expected a speaker: a '<v Name>' voice or a 'Name: ' prefix");
                _previousSpeaker = speaker;
                _cues.Add(new TranscriptCue(speaker, start, end, text, timingLine + 1));
            }
        }

        private static (TimeSpan Start, TimeSpan End) ReadTiming(string line, int lineNumber)
        {
            var arrow = line.IndexOf("-->", StringComparison.Ordinal);
            var left = line.AsSpan(0, arrow).Trim();
            var right = line.AsSpan(arrow + 3).TrimStart();
            var space = right.IndexOfAny(' ', '\t');
            var endText = space < 0 ? right : right[..space]; // cue settings (align:, position:) follow the end time
            if (left.IsEmpty) throw new VttException(lineNumber, "expected a start time before '-->'");
            if (endText.IsEmpty) throw new VttException(lineNumber, "expected an end time after '-->'");
            if (!VttTimestamp.TryParse(left, out var start, out var error)) throw new VttException(lineNumber, error);
            if (!VttTimestamp.TryParse(endText, out var end, out error)) throw new VttException(lineNumber, error);
            if (end < start)
                throw new VttException(lineNumber, $"cue ends ({endText}) before it starts ({left}); expected end >= start");
            return (start, end);
        }

        /// <summary>Splits a payload at voice spans; text outside any span has no voice.</summary>
        private static List<(string? Voice, string Text)> SplitVoices(string payload, int firstLine)
        {
            var parts = new List<(string?, string)>();
            var text = new StringBuilder();
            string? voice = null;
            var i = 0;
            while (i < payload.Length)
            {
                var c = payload[i];
                if (c != '<')
                {
                    text.Append(c);
                    i++;
                    continue;
                }
                var close = payload.IndexOf('>', i + 1);
                var lineOfTag = firstLine + CountNewlines(payload, i);
                if (close < 0) throw new VttException(lineOfTag, $"unterminated tag '{Truncate(payload[i..])}'; expected '>'");
                var tag = payload.AsSpan(i + 1, close - i - 1);
                if (IsVoiceStart(tag))
                {
                    Flush(parts, voice, text);
                    var annotation = tag[1..];
                    var space = annotation.IndexOfAny(' ', '\t');
                    var name = space < 0 ? "" : annotation[(space + 1)..].Trim().ToString();
                    if (name.Length == 0) throw new VttException(lineOfTag, "voice tag without a speaker name; expected '<v Name>'");
                    voice = WebUtility.HtmlDecode(name);
                }
                else if (tag.SequenceEqual("/v"))
                {
                    Flush(parts, voice, text);
                    voice = null;
                }
                // Styling tags (<i>, <b>, <c.x>, <lang>, inline timestamps) carry no words: drop them.
                i = close + 1;
            }
            Flush(parts, voice, text);
            return parts;
        }

        private static bool IsVoiceStart(ReadOnlySpan<char> tag) =>
            tag.Length >= 1 && tag[0] == 'v' && (tag.Length == 1 || tag[1] is ' ' or '\t' or '.');

        private static void Flush(List<(string?, string)> parts, string? voice, StringBuilder text)
        {
            if (text.Length > 0 || voice is not null) parts.Add((voice, text.ToString()));
            text.Clear();
        }

        private static string Clean(string raw)
        {
            var decoded = WebUtility.HtmlDecode(raw).Replace('\u00A0', ' ').Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal);
            return string.Join(' ', decoded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        private static bool IsKeywordBlock(string line, string keyword) =>
            line.StartsWith(keyword, StringComparison.Ordinal)
            && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t')
            && !line.Contains("-->", StringComparison.Ordinal);

        private int LastNonBlankLine()
        {
            var i = _lines.Length;
            while (i > 1 && _lines[i - 1].Trim().Length == 0) i--;
            return i;
        }

        private int LineOfOffset(int offset) => CountNewlines(content, offset) + 1;

        private static int CountNewlines(string s, int end)
        {
            var n = 0;
            for (var i = 0; i < end && i < s.Length; i++)
                if (s[i] == '\n') n++;
            return n;
        }

        private static string[] SplitLines(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

        private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";

        private static string Truncate(ReadOnlySpan<char> s) => Truncate(s.ToString());
    }

    private readonly record struct Block(int Start, int Count);

    private sealed class VttException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }
}
