using System.Text;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Email;

/// <summary>
/// Drafts the thank-you email from the snapshot's facts: three takeaways quoted in the interviewee's own words
/// (its most specific insights and a number they gave),
/// the next step they agreed to (or a polite ask for one), and nothing about the product.
/// </summary>
public static class ThankYouEmailBuilder
{
    private const int TakeawayCount = 3;

    public static ThankYouEmail Build(InterviewSnapshot snapshot, string interviewerName) =>
        Build(snapshot, interviewerName, null);

    /// <summary>Drafts the email with chosen takeaways (for example an LLM's grounded picks); by default the snapshot's top insights.</summary>
    public static ThankYouEmail Build(InterviewSnapshot snapshot, string interviewerName, IReadOnlyList<Quote>? chosenTakeaways)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var person = snapshot.Interviewee;
        var first = FirstName(person.Name);
        var takeaways = (chosenTakeaways is { Count: > 0 } ? chosenTakeaways : FromFacts(snapshot))
            .DistinctBy(q => q.Text).Take(TakeawayCount).ToArray();
        var nextStep = snapshot.Commitments.Count > 0 ? snapshot.Commitments[^1] : null;

        var body = new StringBuilder()
            .Append("Hi ").Append(first).Append(",\n\n")
            .Append("Thank you for taking the time to talk with me today")
            .Append(person.Company is { Length: > 0 } company ? $" about how things work at {company}" : "")
            .Append(". It was genuinely useful.\n\n");
        if (takeaways.Length > 0)
        {
            body.Append(takeaways.Length == 1 ? "One thing that stuck with me:\n" : $"{Count(takeaways.Length)} things that stuck with me:\n");
            foreach (var t in takeaways) body.Append("- \u201C").Append(t.Text).Append("\u201D\n");
            body.Append('\n');
        }
        body.Append(nextStep is not null
            ? $"As we agreed: \u201C{nextStep.Text}\u201D I'll make sure to follow up on my side.\n\n"
            : "If you're open to it, I'd love to follow up in a couple of weeks. Would a short call work for you?\n\n");
        body.Append("Thanks again,\n").Append(FirstName(interviewerName)).Append('\n');

        return new ThankYouEmail(person.Name, $"Thank you, {first}", body.ToString(), takeaways, nextStep);
    }

    /// <summary>The snapshot's own facts: its two most specific insights and its first number, then whatever else it holds.</summary>
    private static IEnumerable<Quote> FromFacts(InterviewSnapshot snapshot)
    {
        var number = snapshot.Facts.FirstOrDefault(f => f.Kind == FactKind.Number && f.Clause is not null)?.Clause;
        var insights = snapshot.KeyInsights.Take(number is null ? TakeawayCount : TakeawayCount - 1);
        return insights.Concat(number is null ? [] : [number]).Concat(snapshot.KeyInsights).Concat(snapshot.Opportunities).Concat(snapshot.QuickFacts);
    }

    private static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }

    private static string Count(int n) => n switch { 2 => "Two", 3 => "Three", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
