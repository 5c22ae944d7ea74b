using System.Text.RegularExpressions;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>
/// Finds where interviewees say who they are, in their words: name, place, employer, team, role, what their
/// work is, how long they have done it ("My name is", "I work in", "I'm working on", "our team", "my background").
/// </summary>
public static partial class WhoFinder
{
    /// <summary>The self-description in <paramref name="sentence"/>, if any.</summary>
    public static TermSpan? Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var m = SelfDescription().Match(sentence);
        return m.Success ? new TermSpan(m.Value, m.Index, m.Length) : null;
    }

    [GeneratedRegex(@"\b(?:my name is|I am from|I'm from|I live (?:here )?in|I grew up in|I moved (?:to|back to)|I(?:'m| am) (?:still )?living in|I(?:'ve| have) been (?:working|doing|at|in|with)|I work(?:ed)? (?:in|at|for|on|with|as)|I(?:'m| am) working on|I(?:'m| am) (?:a|an|the) (?:[a-z-]+ ){0,2}(?:manager|owner|founder|director|lead|engineer|developer|designer|scientist|analyst|researcher|student|consultant|officer|architect|nurse|teacher|veteran|caregiver|maintainer|contributor|advocate|specialist)|my (?:job|role|background|team|work|company|organi[sz]ation|department|group) (?:is|was|does|has)|(?:in|on) (?:our|my) team|the common approach in our team|most of the work that I do|(?:half|most|a lot|much) of (?:my|our) work|I(?:'m| am) part of|part of (?:our|my) (?:team|job|work)|as of late|we(?:'re| are) (?:a|an) (?:[a-z-]+ ){0,2}(?:company|team|startup|group|business|shop|agency|firm|practice|clinic|school|nonprofit))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfDescription();
}
