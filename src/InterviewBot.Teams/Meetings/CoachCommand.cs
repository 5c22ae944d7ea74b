using System.Globalization;
using System.Text.RegularExpressions;

namespace InterviewBot.Teams.Meetings;

/// <summary>A command typed in the interviewer's 1:1 chat: <c>help</c>, <c>status</c>, <c>snooze N</c>, <c>mute &lt;nudge&gt;</c>, <c>unmute</c>, <c>demo</c>, <c>schedule</c>, <c>upcoming</c>, <c>cancel N</c>.</summary>
public sealed partial record CoachCommand(string Name, string? Argument)
{
    public const string Help = "help";
    public const string Status = "status";
    public const string Snooze = "snooze";
    public const string Mute = "mute";
    public const string Unmute = "unmute";
    public const string Demo = "demo";
    public const string Schedule = "schedule";
    public const string Upcoming = "upcoming";
    public const string Cancel = "cancel";

    /// <summary>The command in a message, with @mentions of the bot and markup removed; null for empty text.</summary>
    public static CoachCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var plain = Markup().Replace(Mention().Replace(text, " "), " ").Trim();
        if (plain.Length == 0) return null;
        var parts = plain.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CoachCommand(parts[0].ToLowerInvariant(), parts.Length > 1 ? parts[1] : null);
    }

    /// <summary>Minutes for <c>snooze</c>: 1 to 120, 10 when none is given.</summary>
    public int? SnoozeMinutes() =>
        Argument is null ? 10
        : int.TryParse(Argument.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 120 ? m : null;

    /// <summary>The number in <c>cancel N</c>.</summary>
    public int? Number() =>
        int.TryParse(Argument?.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    /// <summary>The meeting link in <c>schedule &lt;link&gt; &lt;start&gt;</c> (an https URL).</summary>
    public Uri? MeetingLink() =>
        Argument?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } first && Uri.TryCreate(first, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps ? link : null;

    /// <summary>The start in <c>schedule &lt;link&gt; &lt;start&gt;</c>: ISO 8601 with a zone (Z or an offset); none without a zone.</summary>
    public DateTimeOffset? StartTime()
    {
        var text = Argument?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault();
        if (text is null || !(text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at.ToUniversalTime() : null;
    }

    public const string HelpText =
        "I coach the interviewer privately during the meeting. Commands here:\n\n" +
        "- **status**: your talk share and the next topic to cover\n" +
        "- **snooze N**: no nudges for N minutes (default 10)\n" +
        "- **mute <nudge>**: stop one kind of nudge, e.g. `mute closed_question`\n" +
        "- **unmute**: all nudges again\n" +
        "- **demo**: replay a sample interview so you can see the coach at work\n" +
        "- **schedule <link> [start]**: join a meeting I'm not in by myself (a Teams link is enough; others need the start, e.g. `2026-12-01T14:30Z`)\n" +
        "- **upcoming**: the meetings I'll join\n" +
        "- **cancel N**: don't join meeting number N";

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Mention();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Markup();
}
