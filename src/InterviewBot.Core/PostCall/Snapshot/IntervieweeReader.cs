using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>Who was interviewed: the name from setup or the call, role and company from setup or their own introduction.</summary>
public static partial class IntervieweeReader
{
    public static Interviewee Read(ISessionView session, QuoteSource quotes)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(quotes);
        var person = session.Participants.Values.FirstOrDefault(p => p.Role == ParticipantRole.Interviewee);
        var name = session.Setup.IntervieweeName ?? person?.DisplayName ?? "the interviewee";
        string? role = null, company = session.Setup.Company;
        Quote? introduction = null;
        foreach (var u in session.Utterances.Where(u => u.SpeakerId == person?.Id))
        {
            foreach (var sentence in quotes.Sentences(u))
            {
                var m = SelfIntroduction().Match(sentence.Text);
                if (!m.Success) continue;
                introduction ??= QuoteSource.Clean(sentence) ?? sentence;
                role ??= m.Groups["role"].Success ? m.Groups["role"].Value switch { "own" => "owner", "run" => "runs it", var r => r } : null;
                company ??= m.Groups["company"].Success ? m.Groups["company"].Value.TrimEnd('.') : null;
            }
            if (role is not null && company is not null) break;
        }
        return new Interviewee(name, role, company, introduction);
    }

    [GeneratedRegex(@"\b(?:I'm|I am|I work as) (?:the|a|an) (?<role>(?:[a-z-]+ ){0,3}(?:manager|owner|founder|co-founder|director|lead|head|coordinator|supervisor|administrator|accountant|bookkeeper|engineer|designer|officer|partner|president|ceo|cto|coo|cfo|vp|principal|teacher|nurse|dispatcher|chef|baker|recruiter|consultant|analyst|planner|scheduler|superintendent|foreman|pharmacist|dentist|physician|doctor|therapist|agent|broker))(?: (?:at|of|for) (?<company>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)*))?|\bI (?<role>own|run) (?<company>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*)*)")]
    private static partial Regex SelfIntroduction();
}
