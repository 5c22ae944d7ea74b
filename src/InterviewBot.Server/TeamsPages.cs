namespace InterviewBot.Server;

/// <summary>
/// The two small pages the Teams manifest points at: the meeting tab's configuration page (Teams requires one to
/// add the app to a meeting) and the meeting stage view a targeted in-meeting notification opens.
/// </summary>
internal static class TeamsPages
{
    // TeamsJS from Microsoft's CDN: the configuration page must tell Teams it may save.
    private const string TeamsJs = "https://res.cdn.office.net/teams-js/2.34.0/js/MicrosoftTeams.min.js";

    public static IResult Tab() => Results.Content($$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>InterviewBot</title>
        <script src="{{TeamsJs}}"></script></head>
        <body style="font-family:Segoe UI,system-ui,sans-serif;margin:24px">
        <h1 style="font-size:18px">InterviewBot coaches this meeting's interviewer</h1>
        <p>Nudges go privately to the interviewer's chat with InterviewBot. Nothing is shown to anyone else.</p>
        <script>
        if (window.microsoftTeams) {
          microsoftTeams.app.initialize().then(function () {
            microsoftTeams.pages.config.registerOnSaveHandler(function (save) {
              microsoftTeams.pages.config.setConfig({ entityId: "interviewbot", contentUrl: location.origin + "/teams/stage", suggestedDisplayName: "Coach" })
                .then(function () { save.notifySuccess(); });
            });
            microsoftTeams.pages.config.setValidityState(true);
          });
        }
        </script></body></html>
        """, "text/html; charset=utf-8");

    public static IResult Stage(string? nudge) => Results.Content($$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>InterviewBot</title></head>
        <body style="font-family:Segoe UI,system-ui,sans-serif;margin:16px">
        <p style="font-size:16px"><b>{{System.Net.WebUtility.HtmlEncode(nudge is null ? "Your coach" : nudge.Replace('_', ' '))}}</b></p>
        <p>Your coach sent you a nudge: open your chat with InterviewBot for what to say next.</p>
        </body></html>
        """, "text/html; charset=utf-8");
}
