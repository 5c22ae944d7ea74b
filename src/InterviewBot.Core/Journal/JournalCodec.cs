using System.Text.Json;
using InterviewBot.Core.Serialization;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Journal;

/// <summary>The journal's line format: one UTF-8 JSON object per event, each ending in a newline.</summary>
public static class JournalCodec
{
    /// <summary>Encodes one event as a complete line, newline included, ready for a single append.</summary>
    public static byte[] EncodeLine(SessionEvent e)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(e, CoreJsonContext.Readable.SessionEvent);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>Decodes one line (without its newline).</summary>
    public static SessionEvent DecodeLine(ReadOnlySpan<byte> line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, CoreJsonContext.Default.SessionEvent)
                ?? throw new JsonException("expected an event object, found null");
        }
        catch (NotSupportedException ex)
        {
            // System.Text.Json reports a missing "type" discriminator this way; to us it is just a bad line.
            throw new JsonException($"expected an event object with a \"type\": {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Decodes a whole journal. Every complete line that parses is kept; a bad line is reported and
    /// skipped, so one damaged append never costs the events around it.
    /// </summary>
    public static JournalReadResult Decode(ReadOnlySpan<byte> content)
    {
        var events = new List<SessionEvent>();
        var defects = new List<JournalDefect>();
        var lineNumber = 0;
        long offset = 0;
        while (!content.IsEmpty)
        {
            lineNumber++;
            var newline = content.IndexOf((byte)'\n');
            var terminated = newline >= 0;
            var line = terminated ? content[..newline] : content;
            if (!line.Trim((byte)'\r').IsEmpty)
            {
                try
                {
                    events.Add(DecodeLine(line));
                }
                catch (JsonException ex)
                {
                    var reason = terminated ? ex.Message : $"torn tail (no newline after {line.Length} bytes): {ex.Message}";
                    defects.Add(new JournalDefect(lineNumber, offset, reason, IsTail: !terminated));
                }
            }
            var consumed = terminated ? newline + 1 : content.Length;
            offset += consumed;
            content = content[consumed..];
        }
        return new JournalReadResult(events, defects);
    }
}
