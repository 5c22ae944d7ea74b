using System.Globalization;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Teams.Cards;

/// <summary>The coach's cards: setup, nudge, live status and post-call summary. Verbs are what the invoke handler dispatches on.</summary>
public static class CoachCards
{
    public const string SetupVerb = "setup";
    public const string FeedbackVerb = "feedback";
    public const string MuteVerb = "mute";
    public const string SnoozeVerb = "snooze";
    public const string DraftEmailVerb = "draft-email";

    private static readonly Choice[] s_kinds =
    [
        new("Detect from the goal", "auto"),
        new("Discovery: understand a problem", "discovery"),
        new("Case study: a quotable success story", "case_study"),
        new("Validation: is it worth solving?", "validation"),
    ];

    /// <summary>Asked privately of the interviewer when the bot joins a meeting chat.</summary>
    public static AdaptiveCard Setup(string meetingChatId, SessionSetup current) => new(
    [
        new TextBlock("Set up your interview coach") { Weight = "Bolder", Size = "Medium" },
        new TextBlock("Only you will see the coach's nudges. Tell it what the interview is for, so it can keep you on track.") { IsSubtle = true },
        new InputText("goal") { Label = "Goal of the interview", Placeholder = "e.g. understand how bakeries schedule staff", Value = current.Goal, IsRequired = true, ErrorMessage = "A goal is needed", MaxLength = 300 },
        new InputText("interviewee") { Label = "Interviewee name", Value = current.IntervieweeName, MaxLength = 100 },
        new InputText("company") { Label = "Their company", Value = current.Company, MaxLength = 100 },
        new InputNumber("plannedMinutes") { Label = "Planned length (minutes)", Min = 5, Max = 240, Value = current.PlannedMinutes ?? 30 },
        new InputChoiceSet("kind", s_kinds) { Label = "Kind of interview", Value = current.Kind is { } k ? InterviewKinds.Id(k) : "auto" },
    ])
    {
        Actions = [new ExecuteAction("Save", SetupVerb) { Data = new Dictionary<string, string> { ["meeting"] = meetingChatId }, Style = "positive" }],
    };

    /// <summary>Replaces the setup card once saved: what the coach will use, and how to change it.</summary>
    public static AdaptiveCard SetupSaved(SessionSetup setup, bool kindDetected) => new(
    [
        new TextBlock("Coach is set up") { Weight = "Bolder", Size = "Medium", Color = "Good" },
        new FactSet(
        [
            new Fact("Goal", setup.Goal ?? "—"),
            new Fact("Interviewee", setup.IntervieweeName ?? "—"),
            new Fact("Company", setup.Company ?? "—"),
            new Fact("Planned", setup.PlannedMinutes is { } m ? $"{m} min" : "—"),
            new Fact("Kind", (setup.Kind is { } k ? InterviewKinds.Id(k) : "discovery") + (kindDetected ? " (detected from the goal)" : "")),
        ]),
        new TextBlock("Your discussion guide follows. Coaching starts when the meeting starts; type **help** for commands.") { IsSubtle = true },
    ]);

    /// <summary>One nudge: what happened (quoted), why it matters, what to say instead, and four buttons.</summary>
    public static AdaptiveCard Nudge(string meetingChatId, Nudge nudge, int number)
    {
        // A repeat inside the same-kind window replaces this card (docs/coaching.md §2): it says how often and shows the latest words.
        var heading = nudge.Count > 1 ? $"{Title(nudge.Kind)} · {MediaClock.Format(nudge.At)} · {nudge.Count} times" : $"{Title(nudge.Kind)} · {MediaClock.Format(nudge.At)}";
        var body = new List<CardElement> { new TextBlock(heading) { Weight = "Bolder", Color = "Accent" } };
        if (nudge.Quote.Length > 0) body.Add(new TextBlock($"“{nudge.Quote}”") { IsSubtle = true });
        body.Add(new TextBlock(nudge.Message));
        body.Add(new Container([new TextBlock($"Try: {nudge.Suggestion}") { Weight = "Bolder" }]) { Style = "emphasis" });
        Dictionary<string, string> Data(params (string Key, string Value)[] extra)
        {
            var d = new Dictionary<string, string> { ["meeting"] = meetingChatId, ["nudge"] = nudge.Kind, ["number"] = number.ToString(CultureInfo.InvariantCulture) };
            foreach (var (k, v) in extra) d[k] = v;
            return d;
        }
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction("Helpful", FeedbackVerb) { Data = Data(("helpful", "true")) },
                new ExecuteAction("Not helpful", FeedbackVerb) { Data = Data(("helpful", "false")) },
                new ExecuteAction("Mute this type", MuteVerb) { Data = Data() },
                new ExecuteAction("Snooze 10 min", SnoozeVerb) { Data = Data(("minutes", "10")) },
            ],
        };
    }

    /// <summary>The one live cue, updated in place: your talk share and the next topic still missing.</summary>
    public static AdaptiveCard Status(LiveStatus status) => new(
    [
        new TextBlock(status.Live ? "Coaching live" : "Interview ended") { Weight = "Bolder", Color = status.Live ? "Good" : "Default" },
        new TextBlock(status.Cue),
        new TextBlock($"{MediaClock.Format(status.At)} · you {status.TalkShare:P0} of the talk · {status.Nudges} nudge(s)") { IsSubtle = true, Size = "Small" },
    ]);

    /// <summary>
    /// The post-call summary: snapshot highlights, scorecard, the email draft, and buttons to the full report and,
    /// for case studies, the content pack (<paramref name="links"/>: title and address; empty when the server has no public address).
    /// </summary>
    /// <param name="report">The post-call report.</param>
    /// <param name="links">Report and content-pack links.</param>
    /// <param name="note">Where the summary came from, when not from the live call.</param>
    /// <param name="meetingChatId">The meeting, for the "draft the email in Outlook" button (none without it).</param>
    public static AdaptiveCard Summary(PostCallReport report, IReadOnlyList<(string Title, Uri Url)> links, string? note = null, string? meetingChatId = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        var s = report.Snapshot;
        var body = new List<CardElement>
        {
            new TextBlock($"Interview summary: {s.Interviewee.Name}" + (s.Interviewee.Company is { } c ? $", {c}" : "")) { Weight = "Bolder", Size = "Medium" },
        };
        if (note is not null) body.Add(new TextBlock(note) { IsSubtle = true, Size = "Small" });
        if (s.MemorableQuote is { } q) body.Add(new TextBlock($"“{q.Text}” ({MediaClock.Format(q.At)})") { IsSubtle = true });
        if (s.KeyInsights.Count > 0)
            body.Add(new TextBlock("Key insights:\n" + string.Join("\n", s.KeyInsights.Take(3).Select(i => $"- “{i.Text}” ({MediaClock.Format(i.At)})"))));
        body.Add(new TextBlock($"Scorecard: {report.Scorecard.Passed} of {report.Scorecard.Practices.Count} practices") { Weight = "Bolder", Separator = true });
        body.Add(new FactSet(report.Scorecard.Practices.Select(p => new Fact(p.Passed ? "✓" : "✗", p.Name)).ToArray()));
        if (report.Scorecard.MomentsToRevisit.Count > 0)
        {
            // What the fresh-or-never policy kept off the screen is here too, so a quiet call loses nothing (docs/coaching.md §2).
            var moments = report.Scorecard.MomentsToRevisit;
            body.Add(new TextBlock($"Moments to revisit ({moments.Count})") { Weight = "Bolder", Separator = true });
            body.Add(new TextBlock(string.Join("\n", moments.Take(MomentsShown).Select(m =>
                $"- {MediaClock.Format(m.At)} {Title(m.Nudge)}{(m.Shown ? "" : " (not shown live)")}: “{m.Words}” → {m.TryInstead}"))));
            if (moments.Count > MomentsShown) body.Add(new TextBlock($"…and {moments.Count - MomentsShown} more in the report.") { IsSubtle = true, Size = "Small" });
        }
        body.Add(new TextBlock($"Thank-you email draft — {report.Email.Subject}") { Weight = "Bolder", Separator = true });
        body.Add(new TextBlock(report.Email.Body) { IsSubtle = true });
        body.Add(new TextBlock(links.Count == 0 ? "The full report was saved with the session's files." : "Full report, snapshot, transcript and email: open the report.") { Size = "Small" });
        List<CardAction> actions = [.. links.Select(l => (CardAction)new OpenUrlAction(l.Title, l.Url))];
        if (meetingChatId is not null)
            actions.Add(new ExecuteAction("Save email as Outlook draft", DraftEmailVerb) { Data = new Dictionary<string, string> { ["meeting"] = meetingChatId } });
        return new AdaptiveCard(body) { Actions = actions.Count == 0 ? null : actions };
    }

    // A card is read on a phone between calls: the first few moments, the rest in the report.
    private const int MomentsShown = 5;

    /// <summary>A short title for each nudge id of docs/coaching.md §2.</summary>
    public static string Title(string kind) => kind switch
    {
        NudgeKinds.TalkRatio => "Talking too much",
        NudgeKinds.Monologue => "Monologue",
        NudgeKinds.ClosedQuestion => "Closed question",
        NudgeKinds.LeadingQuestion => "Leading question",
        NudgeKinds.HypotheticalQuestion => "Hypothetical question",
        NudgeKinds.GenericQuestion => "Generic question",
        NudgeKinds.MultiPartQuestion => "Several questions at once",
        NudgeKinds.Pitch => "Pitching",
        NudgeKinds.Interrupt => "Interruption",
        NudgeKinds.WaitLonger => "Wait longer",
        NudgeKinds.ProbeNumbers => "Probe for numbers",
        NudgeKinds.LeanIntoComplaint => "Lean into the complaint",
        NudgeKinds.ExploreEmotion => "Explore the emotion",
        NudgeKinds.AskForStory => "Ask for a story",
        NudgeKinds.AskWhyFeature => "Ask why they want it",
        NudgeKinds.Coverage => "Topic still missing",
        NudgeKinds.WrapUp => "Time to wrap up",
        _ => kind,
    };
}

/// <summary>What the status card shows at a media time.</summary>
public sealed record LiveStatus(bool Live, TimeSpan At, double TalkShare, string Cue, int Nudges);
