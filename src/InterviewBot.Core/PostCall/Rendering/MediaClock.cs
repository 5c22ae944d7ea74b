namespace InterviewBot.Core.PostCall.Rendering;

/// <summary>Media time as people read it in artefacts: mm:ss, or h:mm:ss past the hour; and shares as whole percentages.</summary>
public static class MediaClock
{
    /// <summary>0.304 → "30%": the one way artefacts show a share.</summary>
    public static string Percent(double fraction) => $"{Math.Round(fraction * 100):0}%";

    public static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{(int)t.TotalMinutes:00}:{t.Seconds:00}";
}
