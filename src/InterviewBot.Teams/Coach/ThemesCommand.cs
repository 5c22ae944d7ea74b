using System.Text;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Synthesis;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Coach;

/// <summary>
/// <c>themes</c> (or <c>themes 7</c>) in the interviewer's 1:1 chat: synthesises their own finished interviews of the
/// last 30 (or N) days, found by their Entra object id, writes synthesis.md, .json and .html to the artefact store,
/// and answers with a card of the top themes and a link to synthesis.html.
/// </summary>
public sealed class ThemesCommand(OwnInterviews interviews, ISynthesisWriter writer, IArtifactStore store, ReportLinks links, Replies replies, TimeProvider time,
    ILogger<ThemesCommand> logger)
{
    /// <summary>A typed <c>themes</c> in a personal chat.</summary>
    public static bool Matches(Activity activity) =>
        activity is { Type: ActivityTypes.Message, Conversation.ConversationType: "personal" } && CoachAction.FromText(activity.Text)?.Name == CoachAction.Themes;

    public async Task OnThemesAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (CoachAction.FromText(activity.Text)?.ThemesDays() is not { } days)
        {
            await replies.TextAsync(activity, $"Give the days as a whole number from 1 to {CoachAction.MaxThemesDays}, e.g. `themes 7`; plain **themes** reads the last {CoachAction.DefaultThemesDays} days.",
                cancellationToken).ConfigureAwait(false);
            return;
        }
        if (activity.From?.AadObjectId is not { Length: > 0 } aad)
        {
            await replies.TextAsync(activity, "I can't tell which Microsoft 365 account you are, so I can't look up your interviews.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var found = await interviews.FindAsync(aad, time.GetUtcNow() - TimeSpan.FromDays(days), cancellationToken).ConfigureAwait(false);
        if (found.Count < 2)
        {
            var what = found.Count == 0 ? "no finished interviews" : "one finished interview";
            await replies.TextAsync(activity, $"I found {what} of yours in the last {days} days. Themes need at least two interviews: a pattern heard once is only a lead. " +
                $"Try a longer span, e.g. `themes {CoachAction.MaxThemesDays}`.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var result = await writer.WriteAsync(found, cancellationToken).ConfigureAwait(false);
        // A synthesis is stored like a session's artefacts, under its own unguessable id, so its link works the same way.
        var id = "synthesis-" + SessionIds.New(time)["session-".Length..];
        foreach (var artifact in Artifacts(result))
            await store.WriteAsync(id, artifact, cancellationToken).ConfigureAwait(false);
        logger.ThemesWritten(found.Count, days, id, result.Themes.Count);
        var card = ThemesCard.Build(result, days, links.For(id, "synthesis.html"));
        await replies.SendAsync(activity, Activity.Card(card.ToJson(), $"Themes across your {found.Count} interviews"), cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<Artifact> Artifacts(SynthesisResult result) =>
    [
        new("synthesis.md", "text/markdown; charset=utf-8", Encoding.UTF8.GetBytes(SynthesisMarkdown.Render(result))),
        new("synthesis.json", "application/json", Encoding.UTF8.GetBytes(SynthesisJson.Render(result))),
        new("synthesis.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(SynthesisHtml.Render(result))),
    ];
}
