using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Synthesis;

namespace InterviewBot.Teams.Cards;

/// <summary>The answer to <c>themes</c>: the top themes, each with how many interviewees raised it and one verbatim quote, and the whole synthesis behind a link.</summary>
public static class ThemesCard
{
    public const int MaxThemes = 5;

    public static AdaptiveCard Build(SynthesisResult result, int days, Uri? synthesis)
    {
        ArgumentNullException.ThrowIfNull(result);
        var body = new List<CardElement>
        {
            new TextBlock($"Themes across your {result.Interviews.Count} interviews") { Weight = "Bolder", Size = "Medium" },
            new TextBlock($"Finished in the last {days} days: {string.Join(", ", result.Interviews)}") { IsSubtle = true, Spacing = "None" },
        };
        if (result.Themes.Count == 0)
            body.Add(new TextBlock($"No pattern was heard in two or more interviews yet. {result.Leads.Count} leads were heard once; they are in the full synthesis."));
        var number = 0;
        foreach (var theme in result.Themes.Take(MaxThemes))
        {
            var quote = theme.Quotes[0];
            body.Add(new Container(
            [
                new TextBlock($"{++number}. {theme.Name}") { Weight = "Bolder" },
                new TextBlock($"{theme.Interviews.Count} interviewees: {string.Join(", ", theme.Interviews)}") { IsSubtle = true, Spacing = "None" },
                new TextBlock($"\u201C{quote.Text}\u201D ({quote.Interview}, {MediaClock.Format(quote.At)})") { Spacing = "Small" },
            ]) { Separator = true });
        }
        if (result.Themes.Count > MaxThemes)
            body.Add(new TextBlock($"{result.Themes.Count - MaxThemes} more themes in the full synthesis.") { IsSubtle = true });
        return new AdaptiveCard(body) { Actions = synthesis is null ? null : [new OpenUrlAction("Open the full synthesis", synthesis)] };
    }
}
