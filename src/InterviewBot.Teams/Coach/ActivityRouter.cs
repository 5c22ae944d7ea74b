using InterviewBot.Teams.Protocol;

namespace InterviewBot.Teams.Coach;

/// <summary>
/// The coach in Teams, as a table: which activity goes to which handler. The first route that matches handles it;
/// invokes get their response back, everything else null. Every nudge, status and summary goes to the
/// interviewer's 1:1 chat only (see <see cref="Meetings.InterviewerChannel"/>).
/// </summary>
public sealed class ActivityRouter
{
    public const string MeetingStartEvent = "application/vnd.microsoft.meetingStart";
    public const string MeetingEndEvent = "application/vnd.microsoft.meetingEnd";
    public const string CardActionInvoke = "adaptiveCard/action";

    private readonly (string What, Func<Activity, bool> Matches, Func<Activity, CancellationToken, Task<InvokeResponse?>> Handle)[] _routes;

    public ActivityRouter(MeetingLifecycle lifecycle, ScheduleCommands schedules, InterviewerActions actions, ThemesCommand themes)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(themes);
        _routes =
        [
            ("install", IsInstall, async (a, ct) =>
            {
                if (await lifecycle.OnInstalledAsync(a, ct).ConfigureAwait(false) is { } meeting) await schedules.ScheduleFromDetailsAsync(meeting, ct).ConfigureAwait(false);
                return null;
            }),
            ("meeting start", a => a.Type == ActivityTypes.Event && a.Name == MeetingStartEvent, Done(lifecycle.OnMeetingStartAsync)),
            ("meeting end", a => a.Type == ActivityTypes.Event && a.Name == MeetingEndEvent, Done(lifecycle.OnMeetingEndAsync)),
            ("card button", a => a.Type == ActivityTypes.Invoke && a.Name == CardActionInvoke, async (a, ct) => await actions.OnCardAsync(a, ct).ConfigureAwait(false)),
            // Older clients send Action.Submit data as a message; it is answered in the chat instead of in the card.
            ("card submit", a => a.Type == ActivityTypes.Message && a.Value is { ValueKind: System.Text.Json.JsonValueKind.Object }, Done(actions.OnSubmitAsync)),
            ("themes", ThemesCommand.Matches, Done(themes.OnThemesAsync)),
            ("typed command", a => a.Type == ActivityTypes.Message, Done(actions.OnCommandAsync)),
        ];
    }

    /// <summary>The routes in the order they are tried (for a reader, and for logs).</summary>
    public IEnumerable<string> Routes => _routes.Select(r => r.What);

    /// <summary>Handles one authenticated activity; returns the invoke response for invokes, null otherwise.</summary>
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation is null || activity.ServiceUrl is null || activity.From is null) return null;
        foreach (var route in _routes)
            if (route.Matches(activity)) return await route.Handle(activity, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Teams announces an install as installationUpdate (add) or as a conversationUpdate adding the bot.</summary>
    private static bool IsInstall(Activity a) =>
        a.Type == ActivityTypes.InstallationUpdate && a.Action is "add" or "add-upgrade"
        || a.Type == ActivityTypes.ConversationUpdate && a.MembersAdded?.Any(m => m.Id == a.Recipient?.Id) == true;

    private static Func<Activity, CancellationToken, Task<InvokeResponse?>> Done(Func<Activity, CancellationToken, Task> handle) => async (a, ct) =>
    {
        await handle(a, ct).ConfigureAwait(false);
        return null;
    };
}
