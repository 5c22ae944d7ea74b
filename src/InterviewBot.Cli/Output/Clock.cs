namespace InterviewBot.Cli.Output;

/// <summary>Media time as people read it on a timeline: mm:ss, or h:mm:ss past the hour.</summary>
internal static class Clock
{
    public static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{(int)t.TotalMinutes:00}:{t.Seconds:00}";
}
