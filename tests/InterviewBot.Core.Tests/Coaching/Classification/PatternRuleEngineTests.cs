using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Normalisation;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Coaching.Classification;

/// <summary>
/// Rules run as automata where they can, for speed: on every corpus turn (as written and as its context turn) each
/// catalogue rule must answer what the backtracking engine answers for the same patterns.
/// </summary>
public class PatternRuleEngineTests
{
    [Fact]
    public void EveryRule_AgreesWithTheBacktrackingEngine_OnTheCorpus()
    {
        var texts = CorpusTurns.All.SelectMany(t => new[] { t.Text, t.Context }).OfType<string>()
            .Select(t => UtteranceText.From(SpeechNormaliser.Normalise(t).Text)).ToList();
        var differ = new List<string>();
        foreach (var rule in CatalogueRules.All)
        {
            var matches = new Regex(rule.MatchesPattern, RegexOptions.CultureInvariant);
            var unless = rule.UnlessPattern is null ? null : new Regex(rule.UnlessPattern, RegexOptions.CultureInvariant);
            foreach (var u in texts)
            {
                var found = rule.Scope == ClauseScope.Whole ? matches.IsMatch(u.Normalized) : u.Clauses.Any(c => !c.IsQuestion && matches.IsMatch(c.Text));
                var expected = found && unless?.IsMatch(u.Normalized) != true;
                if (rule.Matches(u) != expected) differ.Add($"{rule.Label}/{rule.Tag}: {u.Normalized}");
            }
        }
        Assert.Empty(differ);
    }
}
