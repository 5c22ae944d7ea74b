using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching;
using InterviewBot.Teams.Cards;

namespace InterviewBot.Teams.Coach;

/// <summary>
/// What the interviewer asked the coach to do, whether typed in their 1:1 chat (<c>snooze 5</c>) or pressed on a card
/// (the nudge card's Snooze button): both parse into this, so each action has one meaning and one rule.
/// </summary>
/// <param name="Name">The action: a command name (<see cref="Help"/> … <see cref="Cancel"/>) or a card verb (<see cref="Setup"/>, <see cref="Feedback"/>, <see cref="DraftEmail"/>).</param>
/// <param name="Argument">The typed text after the command name.</param>
/// <param name="Data">A card's data (inputs merged); empty for typed commands.</param>
/// <param name="FromCard">True for a card button, false for a typed command.</param>
public sealed partial record CoachAction(string Name, string? Argument, IReadOnlyDictionary<string, string> Data, bool FromCard)
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
    public const string Themes = "themes";
    public const string Setup = CoachCards.SetupVerb;
    public const string Feedback = CoachCards.FeedbackVerb;
    public const string DraftEmail = CoachCards.DraftEmailVerb;

    /// <summary>Days of interviews <c>themes</c> reads when none are given, and the most it takes.</summary>
    public const int DefaultThemesDays = 30;
    public const int MaxThemesDays = 365;

    /// <summary>Snooze minutes when none are given.</summary>
    public const int DefaultSnoozeMinutes = 10;

    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>();

    /// <summary>The command in a typed message, with @mentions of the bot and markup removed; null for empty text.</summary>
    public static CoachAction? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var plain = Markup().Replace(Mention().Replace(text, " "), " ").Trim();
        if (plain.Length == 0) return null;
        var parts = plain.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CoachAction(parts[0].ToLowerInvariant(), parts.Length > 1 ? parts[1] : null, s_none, FromCard: false);
    }

    /// <summary>The verb and data (inputs merged) of an Action.Execute invoke, or of an older client's Action.Submit message.</summary>
    public static CoachAction FromButton(JsonElement? value)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is not { ValueKind: JsonValueKind.Object } v) return new CoachAction("", null, data, FromCard: true);
        string? verb = null;
        var source = v;
        if (v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            verb = action.TryGetProperty("verb", out var vb) ? vb.GetString() : null;
            source = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        }
        if (source.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in source.EnumerateObject())
                data[p.Name] = p.Value.ValueKind switch { JsonValueKind.String => p.Value.GetString()!, JsonValueKind.Number => p.Value.GetRawText(), _ => p.Value.ToString() };
        }
        return new CoachAction(verb ?? data.GetValueOrDefault("verb") ?? "", null, data, FromCard: true);
    }

    /// <summary>The meeting chat a card names (cards carry it; typed commands act on the interviewer's latest meeting).</summary>
    public string? MeetingChatId => Data.GetValueOrDefault("meeting");

    /// <summary>
    /// Minutes to snooze, one rule for both: none given is <see cref="DefaultSnoozeMinutes"/>; a whole number from 1 to
    /// 120 is taken; anything else is refused (null) rather than guessed.
    /// </summary>
    public int? SnoozeMinutes()
    {
        var given = FromCard ? Data.GetValueOrDefault("minutes") : Argument?.Split(' ')[0];
        if (string.IsNullOrWhiteSpace(given)) return DefaultSnoozeMinutes;
        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 120 ? m : null;
    }

    /// <summary>Days in <c>themes N</c>: none given is <see cref="DefaultThemesDays"/>; a whole number from 1 to <see cref="MaxThemesDays"/> is taken; anything else is null.</summary>
    public int? ThemesDays()
    {
        var given = Argument?.Split(' ')[0];
        if (string.IsNullOrWhiteSpace(given)) return DefaultThemesDays;
        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= MaxThemesDays ? d : null;
    }

    /// <summary>The nudge id to mute (typed after <c>mute</c>, or the card's nudge); null when it is not one of docs/coaching.md §2.</summary>
    public string? NudgeKind()
    {
        var given = (FromCard ? Data.GetValueOrDefault("nudge") : Argument)?.Trim().ToLowerInvariant();
        return given is not null && NudgeKinds.All.Contains(given) ? given : null;
    }

    /// <summary>The number in <c>cancel N</c>, or a nudge card's number.</summary>
    public int? Number()
    {
        var given = FromCard ? Data.GetValueOrDefault("number") : Argument?.Trim().TrimStart('#');
        return int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

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
        "- **snooze N**: no nudges for N minutes (1 to 120, default 10)\n" +
        "- **mute <nudge>**: stop one kind of nudge, e.g. `mute closed_question`\n" +
        "- **unmute**: all nudges again\n" +
        "- **demo**: replay a sample interview so you can see the coach at work\n" +
        "- **schedule <link> [start]**: join a meeting I'm not in by myself (a Teams link is enough; others need the start, e.g. `2026-12-01T14:30Z`)\n" +
        "- **upcoming**: the meetings I'll join\n" +
        "- **cancel N**: don't join meeting number N\n" +
        "- **themes [days]**: the themes across your finished interviews of the last 30 days (or N days), with quotes";

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Mention();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Markup();
}
