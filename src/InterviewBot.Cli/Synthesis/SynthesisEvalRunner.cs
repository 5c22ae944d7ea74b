using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace InterviewBot.Cli.Synthesis;

/// <summary>
/// <c>eval --synthesis DIR</c>: theme recall of a written <c>synthesis.json</c> against themes written by hand.
/// A written theme is found when one synthesised theme's quotes, together, carry all its terms and come from
/// two or more interviews. Also prints how many groups rest on a single interview (the leads).
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

        List<(string Name, List<string> Interviews, string Text)> themes;
        int leads;
        try
        {
            using var doc = JsonDocument.Parse(synthesisText!);
            themes = doc.RootElement.GetProperty("themes").EnumerateArray().Select(t =>
            {
                var quotes = t.GetProperty("quotes").EnumerateArray().ToList();
                return (t.GetProperty("name").GetString()!,
                    quotes.Select(q => q.GetProperty("interview").GetString()!).Distinct(StringComparer.Ordinal).ToList(),
                    string.Join("\n", quotes.Select(q => q.GetProperty("text").GetString())));
            }).ToList();
            leads = doc.RootElement.GetProperty("leads").GetArrayLength();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return await FailAsync($"{synthesisPath}: not a synthesis.json ({ex.Message})").ConfigureAwait(false);
        }

        var table = new Table().AddColumn("Written theme").AddColumn("Found").AddColumn("Synthesised theme").AddColumn("Interviews");
        var found = 0;
        foreach (var w in written!)
        {
            var match = themes.FirstOrDefault(t => t.Interviews.Count >= 2 && w.CarriedBy(t.Text));
            if (match.Name is not null) found++;
            table.AddRow(Markup.Escape(w.Name), match.Name is null ? "no" : "yes", Markup.Escape(match.Name ?? ""), Markup.Escape(match.Interviews is null ? "" : string.Join(", ", match.Interviews)));
        }
        console.Write(table);
        var singleQuoteThemes = themes.Count(t => t.Interviews.Count < 2);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Theme recall: {found}/{written.Count} ({100.0 * found / Math.Max(1, written.Count):F0}%) of the written themes found, each with quotes from 2+ interviews."));
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
