using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// The interviewer closing the call ("So that's it. Thank you very much…"): after it the interview is over, and a
/// long goodbye (thanks, gift cards, where to find the tool) is no monologue to hand the floor back from.
/// </summary>
internal static partial class Farewell
{
    public static bool Is(string text) => Closing().IsMatch(text);

    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:so |well |okay,? |all right,? )?that's (?:it|all)(?: (?:for|from) (?:me|today|my questions|my side))?[.!]|\b(?:that's all (?:i have|my questions|the questions)|that's (?:all|everything) (?:i had|on my list)|that (?:was|is) (?:my|the) last question|(?:so |well )?thank you (?:so|very) much for (?:your time|taking|doing|joining|being|coming|talking|participating)|before i let you go|i'll let you go)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}
