namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// The last few results of a pure function of a text (and a small tag such as the speaker's role), kept per thread so
/// no lock is taken. The coach sees each turn twice: as the utterance, then as the next utterance's context turn; this
/// lets the second time reuse the first instead of normalising and running the rules again. Only for pure functions:
/// a hit returns exactly what the call would have.
/// </summary>
internal sealed class RecentResults<TValue>
{
    private const int Size = 8;
    private readonly string?[] _keys = new string?[Size];
    private readonly int[] _tags = new int[Size];
    private readonly TValue[] _values = new TValue[Size];
    private int _next;

    public TValue GetOrAdd(string key, int tag, Func<string, int, TValue> compute)
    {
        for (var i = 0; i < Size; i++)
        {
            if (_tags[i] == tag && _keys[i] is { } k && (ReferenceEquals(k, key) || string.Equals(k, key, StringComparison.Ordinal)))
                return _values[i];
        }
        var value = compute(key, tag);
        _keys[_next] = key;
        _tags[_next] = tag;
        _values[_next] = value;
        _next = (_next + 1) % Size;
        return value;
    }
}
