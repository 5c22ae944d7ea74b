namespace InterviewBot.Core.Transcripts.WebVtt;

/// <summary>Parses and formats WebVTT timestamps: <c>[hh:]mm:ss.ttt</c>.</summary>
public static class VttTimestamp
{
    /// <summary>Parses one timestamp; on failure <paramref name="error"/> says what was expected.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan value, out string error)
    {
        value = default;
        error = "";
        var dot = text.LastIndexOf('.');
        if (dot < 0)
        {
            error = text.Contains(',')
                ? $"timestamp '{text}' uses ',' before the milliseconds (SubRip style); WebVTT expects '.'"
                : $"timestamp '{text}' has no milliseconds; expected [hh:]mm:ss.ttt";
            return false;
        }
        var fraction = text[(dot + 1)..];
        if (fraction.Length != 3 || !AllDigits(fraction))
        {
            error = $"timestamp '{text}' must end in exactly three digits of milliseconds";
            return false;
        }
        var clock = text[..dot];
        Span<Range> parts = stackalloc Range[4];
        var count = clock.Split(parts, ':');
        if (count is < 2 or > 3)
        {
            error = $"timestamp '{text}' is not [hh:]mm:ss.ttt";
            return false;
        }
        long hours = 0;
        var i = 0;
        if (count == 3)
        {
            var h = clock[parts[0]];
            if (h.Length < 2 || !AllDigits(h) || !long.TryParse(h, out hours))
            {
                error = $"timestamp '{text}' has bad hours; expected two or more digits";
                return false;
            }
            i = 1;
        }
        var m = clock[parts[i]];
        var s = clock[parts[i + 1]];
        if (m.Length != 2 || s.Length != 2 || !AllDigits(m) || !AllDigits(s))
        {
            error = $"timestamp '{text}' needs two-digit minutes and seconds";
            return false;
        }
        var minutes = int.Parse(m);
        var seconds = int.Parse(s);
        if (minutes > 59 || seconds > 59)
        {
            error = $"timestamp '{text}' has minutes or seconds above 59";
            return false;
        }
        value = new TimeSpan(0, 0, 0) + TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes)
            + TimeSpan.FromSeconds(seconds) + TimeSpan.FromMilliseconds(int.Parse(fraction));
        return true;
    }

    /// <summary>Formats as <c>hh:mm:ss.ttt</c>, the long form every player accepts.</summary>
    public static string Format(TimeSpan t)
    {
        var totalHours = (long)t.TotalHours;
        return $"{totalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}";
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return !s.IsEmpty;
    }
}
