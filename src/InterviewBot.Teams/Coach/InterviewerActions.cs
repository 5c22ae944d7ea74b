using System.Globalization;
using System.Text.Json;
using InterviewBot.Core.Prep;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Coach;

/// <summary>
/// What the interviewer asks of the coach, typed in the 1:1 chat or pressed on a card. Both arrive as one
/// <see cref="CoachAction"/> and go through the same table, so status, snooze, mute and unmute behave the same
/// from either; only the answer's form differs (a chat reply, or the invoke response under the card).
/// </summary>
public sealed class InterviewerActions(MeetingRegistry meetings, MeetingLifecycle lifecycle, ScheduleCommands schedules, InterviewerChannel channel, EmailDrafts drafts,
    IOptions<CoachOptions> options, TimeProvider time, Replies replies)
{
    private const string NotLive = "No interview is live right now. Coaching starts when your meeting starts (or type **demo**).";

    /// <summary>An answer: text, or a card (shown in the chat, or in place of the pressed card).</summary>
    private sealed record Answer(string? Text, AdaptiveCard? Card = null, string? CardSummary = null);

    /// <summary>Actions on a live session, by name: the one place each is implemented.</summary>
    private static readonly Dictionary<string, Func<CoachAction, CoachedMeeting, LiveMeeting, CancellationToken, Task<Answer>>> s_onLive =
        new(StringComparer.Ordinal)
        {
            [CoachAction.Status] = (_, m, live, _) => Task.FromResult(StatusOf(m, live)),
            [CoachAction.Snooze] = (a, _, live, ct) => SnoozeAsync(a, live, ct),
            [CoachAction.Mute] = (a, _, live, ct) => MuteAsync(a, live, ct),
            [CoachAction.Unmute] = async (_, _, live, ct) =>
            {
                await live.PostAsync(new NudgesUnmuted(live.Now), ct).ConfigureAwait(false);
                return new Answer("All nudges are on again.");
            },
            [CoachAction.Feedback] = (a, _, live, ct) => FeedbackAsync(a, live, ct),
        };

    /// <summary>A typed message in the interviewer's 1:1 chat (never answered in the meeting chat).</summary>
    public async Task OnCommandAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation!.ConversationType != "personal") return;
        if (CoachAction.FromText(activity.Text) is not { } action) return;
        var meeting = meetings.ForPersonalChat(activity.Conversation.Id);
        switch (action.Name)
        {
            case CoachAction.Help:
                await replies.TextAsync(activity, CoachAction.HelpText, cancellationToken).ConfigureAwait(false);
                return;
            case CoachAction.Demo:
                await replies.TextAsync(activity, meeting is null
                    ? "Add me to a meeting chat first: the demo plays into that meeting's session."
                    : await StartDemoAsync(meeting, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return;
            case CoachAction.Schedule:
                await schedules.ScheduleLinkAsync(activity, action, cancellationToken).ConfigureAwait(false);
                return;
            case CoachAction.Upcoming:
                await schedules.UpcomingAsync(activity, cancellationToken).ConfigureAwait(false);
                return;
            case CoachAction.Cancel:
                await schedules.CancelAsync(activity, action, cancellationToken).ConfigureAwait(false);
                return;
        }
        // Feedback is a card button only: typed, it is not a command.
        var answer = s_onLive.ContainsKey(action.Name) && action.Name != CoachAction.Feedback
            ? await OnLiveAsync(action, meeting, cancellationToken).ConfigureAwait(false)
            : new Answer("I didn't catch that. Type **help** for what I can do.");
        await replies.SendAsync(activity, answer.Card is { } card ? Activity.Card(card.ToJson(), answer.CardSummary ?? "") : Activity.Message(answer.Text!), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>A card button (Action.Execute invoke): the answer replaces or annotates the card.</summary>
    public async Task<InvokeResponse> OnCardAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var action = CoachAction.FromButton(activity.Value);
        var meeting = meetings.ForPersonalChat(activity.Conversation!.Id, action.MeetingChatId);
        if (meeting is null) return Replies.Message("This card belongs to a meeting I no longer know about.");
        if (activity.From!.Id != meeting.Interviewer.Id) return Replies.Message("Only the interviewer can change the coach.");
        var answer = action.Name switch
        {
            CoachAction.Setup => await SetupAsync(meeting, action, cancellationToken).ConfigureAwait(false),
            CoachAction.DraftEmail => new Answer(await drafts.SaveAsync(meeting, cancellationToken).ConfigureAwait(false)),
            _ when s_onLive.ContainsKey(action.Name) => await OnLiveAsync(action, meeting, cancellationToken).ConfigureAwait(false),
            _ => new Answer("I don't know that button."),
        };
        return answer.Card is { } card ? Replies.Card(card) : Replies.Message(answer.Text!);
    }

    /// <summary>An older client's Action.Submit, sent as a message: handled as the button, answered in the chat.</summary>
    public async Task OnSubmitAsync(Activity activity, CancellationToken cancellationToken)
    {
        var response = await OnCardAsync(activity, cancellationToken).ConfigureAwait(false);
        if (response.Body is { } body && body.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String)
            await replies.TextAsync(activity, text.GetString()!, cancellationToken).ConfigureAwait(false);
    }

    private static Task<Answer> OnLiveAsync(CoachAction action, CoachedMeeting? meeting, CancellationToken cancellationToken) =>
        meeting?.Live is { } live ? s_onLive[action.Name](action, meeting, live, cancellationToken)
        : Task.FromResult(new Answer(action.FromCard ? "That interview is over." : NotLive));

    private static Answer StatusOf(CoachedMeeting meeting, LiveMeeting live)
    {
        var status = meeting.LatestStatus ?? new LiveStatus(true, live.Now, 0, "Coaching has just started.", 0);
        return new Answer(null, CoachCards.Status(status), "Coaching status");
    }

    private static async Task<Answer> SnoozeAsync(CoachAction action, LiveMeeting live, CancellationToken cancellationToken)
    {
        if (action.SnoozeMinutes() is not { } minutes) return new Answer("Give the minutes as a whole number from 1 to 120, e.g. `snooze 10`.");
        var now = live.Now;
        await live.PostAsync(new NudgesSnoozed(now, now + TimeSpan.FromMinutes(minutes)), cancellationToken).ConfigureAwait(false);
        return new Answer($"Snoozed: no nudges for {minutes} min.");
    }

    private static async Task<Answer> MuteAsync(CoachAction action, LiveMeeting live, CancellationToken cancellationToken)
    {
        if (action.NudgeKind() is not { } kind) return new Answer($"Which nudge? One of: {string.Join(", ", Core.Coaching.NudgeKinds.All)}.");
        await live.PostAsync(new NudgeKindMuted(live.Now, kind), cancellationToken).ConfigureAwait(false);
        return new Answer($"Muted **{CoachCards.Title(kind)}** for the rest of this interview. Type **unmute** to undo.");
    }

    private static async Task<Answer> FeedbackAsync(CoachAction action, LiveMeeting live, CancellationToken cancellationToken)
    {
        var helpful = action.Data.GetValueOrDefault("helpful") == "true";
        await live.PostAsync(new NudgeFeedback(live.Now, action.Data.GetValueOrDefault("nudge") ?? "", action.Number() ?? 0, helpful), cancellationToken).ConfigureAwait(false);
        return new Answer(helpful ? "Thanks, glad it helped." : "Thanks, noted: that helps us nudge better.");
    }

    /// <summary>The setup card saved: the goal (and what else was given) becomes the setup; the discussion guide follows in the chat.</summary>
    private async Task<Answer> SetupAsync(CoachedMeeting meeting, CoachAction action, CancellationToken cancellationToken)
    {
        var data = action.Data;
        var goal = data.GetValueOrDefault("goal")?.Trim();
        if (string.IsNullOrEmpty(goal)) return new Answer(null, CoachCards.Setup(meeting.ChatId, meeting.Setup));
        var planned = data.TryGetValue("plannedMinutes", out var p) && double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes)
            ? (int)Math.Clamp(Math.Round(minutes), 5, 240) : (int?)null;
        var chosen = InterviewKinds.Parse(data.GetValueOrDefault("kind"));
        var setup = new SessionSetup(goal, Blank(data.GetValueOrDefault("interviewee")), Blank(data.GetValueOrDefault("company")), planned,
            chosen ?? InterviewKindClassifier.Classify(goal));
        meeting.Setup = setup;
        var guide = GuideBuilder.Build(goal, setup.Kind, setup.IntervieweeName, setup.Company, setup.PlannedMinutes ?? 30);
        await channel.SendAsync(meeting, Activity.Message(GuideMarkdown.Render(guide)), "discussion guide", cancellationToken).ConfigureAwait(false);
        return new Answer(null, CoachCards.SetupSaved(setup, kindDetected: chosen is null));
    }

    /// <summary>Replays the bundled sample into the meeting's session (started if need be); without a live meeting the demo ends the session itself.</summary>
    private async Task<string> StartDemoAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        var ownSession = meeting.Live is null;
        var live = await lifecycle.StartSessionAsync(meeting, cancellationToken).ConfigureAwait(false);
        if (live.HasAudio) return "This meeting's own audio is being coached right now; the demo is for trying the coach without a call.";
        var speed = options.Value.DemoSpeed;
        var events = DemoInterview.Events(live.SessionId, meeting.Setup, meeting.Interviewer.Id, MeetingLifecycle.IntervieweeId, live.Now);
        var started = live.TryStartDemo(async (session, token) =>
        {
            await DemoInterview.PlayAsync(session, events, speed, time, token).ConfigureAwait(false);
            if (ownSession) await lifecycle.EndAsync(meeting.ChatId, "demo finished", CancellationToken.None).ConfigureAwait(false);
        });
        var minutes = (events[^1].At - events[0].At).TotalMinutes;
        return started ? $"Playing a {minutes:0}-minute sample interview at {speed:0.#}× speed: watch the nudges arrive here." : "A demo is already playing.";
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
