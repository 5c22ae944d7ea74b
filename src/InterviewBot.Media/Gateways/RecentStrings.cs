using System.Text;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// The strings a connection has decoded lately, by their UTF-8 bytes: a gateway names the same few participants in
/// every chunk, so each key or name becomes a string once, not once per chunk.
/// </summary>
internal sealed class RecentStrings(int capacity = 64)
{
    private readonly List<(byte[] Utf8, string Text)> _known = [];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        // A linear scan: a meeting has a handful of speakers, and the last one found is checked first.
        for (var i = _known.Count - 1; i >= 0; i--)
        {
            if (!utf8.SequenceEqual(_known[i].Utf8)) continue;
            var hit = _known[i];
            if (i != _known.Count - 1)
            {
                _known.RemoveAt(i);
                _known.Add(hit);
            }
            return hit.Text;
        }
        if (_known.Count == capacity) _known.RemoveAt(0); // the least recently used
        var text = Encoding.UTF8.GetString(utf8);
        _known.Add((utf8.ToArray(), text));
        return text;
    }
}
