namespace InterviewBot.Core.PostCall.Rendering;

/// <summary>Media time as people read it in artefacts: mm:ss, or h:mm:ss past the hour.</summary>
public static class MediaClock
{
    public static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{(int)t.TotalMinutes:00}:{t.Seconds:00}";
}
