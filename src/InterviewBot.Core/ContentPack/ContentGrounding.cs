using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.ContentPack;

/// <summary>
/// The grounding check for generated text: every quoted span must be the interviewee's words verbatim,
/// and every number must appear in the transcript. Returns what fails; empty means publishable.
/// </summary>
public static partial class ContentGrounding
{
    public static IReadOnlyList<string> Problems(string text, ISessionView session)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(session);
        var problems = new List<string>();
        var interviewee = session.Utterances.Where(u => session.RoleOf(u.SpeakerId) == ParticipantRole.Interviewee).Select(u => Plain(u.Text)).ToArray();
        var everything = string.Join('\n', session.Utterances.Select(u => Plain(u.Text))).ToLowerInvariant();

        foreach (Match m in QuotedSpan().Matches(text))
        {
            var quoted = Plain(m.Groups["q"].Value.Trim());
            if (!interviewee.Any(t => Verbatim.IsIn(quoted, t))) problems.Add($"quote not said by the interviewee: \u201C{quoted}\u201D");
        }
        // Numbers outside quotes must still come from the transcript, in the same words.
        // Timestamps "(02:40)" and list numbers "1. " are the document's structure, not claims.
        var unquoted = Structure().Replace(QuotedSpan().Replace(text, " "), " ");
        foreach (Match m in NumberToken().Matches(unquoted))
        {
            var number = m.Value.ToLowerInvariant();
            if (!Regex.IsMatch(everything, $@"(?<![\w]){Regex.Escape(number)}(?![\w])")) problems.Add($"number not in the transcript: {m.Value}");
        }
        return problems;
    }

    private static string Plain(string s) => s.Replace('\u2019', '\'').Replace('\u2018', '\'');

    [GeneratedRegex("\u201C(?<q>[^\u201D]+)\u201D|\"(?<q>[^\"]+)\"")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"\(\d{1,2}:\d{2}(?::\d{2})?\)|(?m)^\d+\.\s")]
    private static partial Regex Structure();

    [GeneratedRegex(@"\$?(?<![\w])\d[\d,.]*%?(?![\w])|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberToken();
}
