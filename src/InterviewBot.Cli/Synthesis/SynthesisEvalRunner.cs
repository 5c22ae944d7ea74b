using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace InterviewBot.Cli.Synthesis;

/// <summary>
/// <c>eval --synthesis DIR</c>: theme recall of a written <c>synthesis.json</c> against themes written by hand.
/// A written theme is found only when a synthesised theme's quotes really are about it: at least two of them, from
/// different interviews, each carry all its terms on their own, and they are at least half of that theme's quotes.
/// Each synthesised theme finds at most one written theme (the one it supports most; ties to the earlier written).
/// Also prints how many groups rest on a single interview (the leads).
/// </summary>
internal sealed class SynthesisEvalRunner(IAnsiConsole console, TextWriter stderr)
{
    public const string DefaultThemes = "data/real-interviews/themes/pdpilot.json";

    public async Task<int> RunAsync(string directory, string themesPath, CancellationToken cancellationToken)
    {
        var synthesisPath = Directory.Exists(directory) ? Path.Combine(directory, "synthesis.json") : directory;
        var (synthesisText, readError) = await InputFile.ReadTextAsync(synthesisPath, cancellationToken).ConfigureAwait(false);
        if (readError is not null) return await FailAsync(readError).ConfigureAwait(false);
        var (themesText, themesError) = await InputFile.ReadTextAsync(themesPath, cancellationToken).ConfigureAwait(false);
        if (themesError is not null) return await FailAsync(themesError).ConfigureAwait(false);
        var (written, parseError) = WrittenTheme.Parse(themesText!, themesPath);
        if (parseError is not null) return await FailAsync(parseError).ConfigureAwait(false);

        List<(string Name, List<string> Interviews, List<(string Interview, string Text)> Quotes)> themes;
        int leads;
        try
        {
            using var doc = JsonDocument.Parse(synthesisText!);
            themes = doc.RootElement.GetProperty("themes").EnumerateArray().Select(t =>
            {
                var quotes = t.GetProperty("quotes").EnumerateArray().ToList();
                return (t.GetProperty("name").GetString()!,
                    quotes.Select(q => q.GetProperty("interview").GetString()!).Distinct(StringComparer.Ordinal).ToList(),
                    quotes.Select(q => (q.GetProperty("interview").GetString()!, q.GetProperty("text").GetString()!)).ToList());
            }).ToList();
            leads = doc.RootElement.GetProperty("leads").GetArrayLength();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return await FailAsync($"{synthesisPath}: not a synthesis.json ({ex.Message})").ConfigureAwait(false);
        }

        var table = new Table().AddColumn("Written theme").AddColumn("Found").AddColumn("Synthesised theme").AddColumn("Interviews whose quote carries it");
        var matches = ThemeMatcher.Match(written!, themes.Select(t => (IReadOnlyList<(string, string)>)t.Quotes).ToList());
        var found = 0;
        for (var w = 0; w < written!.Count; w++)
        {
            var m = matches[w];
            if (m >= 0) found++;
            var names = m < 0 ? "" : string.Join(", ", themes[m].Quotes.Where(q => written[w].CarriedBy(q.Text)).Select(q => q.Interview).Distinct(StringComparer.Ordinal));
            table.AddRow(Markup.Escape(written[w].Name), m < 0 ? "no" : "yes", Markup.Escape(m < 0 ? "" : themes[m].Name), Markup.Escape(names));
        }
        console.Write(table);
        var singleQuoteThemes = themes.Count(t => t.Interviews.Count < 2);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Theme recall: {found}/{written.Count} ({100.0 * found / Math.Max(1, written.Count):F0}%) of the written themes found, each by one theme whose quotes from 2+ interviews carry it (and are half its quotes or more)."));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Synthesised: {themes.Count} themes ({singleQuoteThemes} quoting one interview only); {leads} leads resting on a single interview."));
        return ExitCodes.Ok;
    }

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
