using System.Text;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// An utterance made comparable: lower case, fillers (um, uh, you know) dropped, curly quotes
/// straightened, so patterns work on punctuated captions and raw speech-to-text alike.
/// </summary>
public sealed partial class UtteranceText
{
    private IReadOnlyList<Clause>? _clauses;

    private UtteranceText(string original, string normalized, int words, int questionMarks)
    {
        Original = original;
        Normalized = normalized;
        WordCount = words;
        QuestionMarks = questionMarks;
    }

    /// <summary>The clauses and their question forms, split on first use.</summary>
    public IReadOnlyList<Clause> Clauses => _clauses ??= ClauseSplitter.Split(Normalized);

    public string Original { get; }

    /// <summary>Lower case, single-spaced, fillers removed; punctuation kept.</summary>
    public string Normalized { get; }

    public int WordCount { get; }

    public int QuestionMarks { get; }

    public static UtteranceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '’' or '‘' => '\'',
                '“' or '”' => '"',
                '—' or '–' => ',',
                _ => char.ToLowerInvariant(c),
            });
        }
        var lowered = Fillers().Replace(sb.ToString(), " ");
        var normalized = Spaces().Replace(lowered, " ").Trim();
        var words = 0;
        var questionMarks = 0;
        var inWord = false;
        foreach (var c in normalized)
        {
            if (c == '?') questionMarks++;
            var wordChar = char.IsLetterOrDigit(c) || c is '\'' or '-' or '$' or '%';
            if (wordChar && !inWord) words++;
            inWord = wordChar;
        }
        return new UtteranceText(text, normalized, words, questionMarks);
    }

    [GeneratedRegex(@"(?<![\w'])(?:um+|uh+|erm|er|hmm+|you know,?)(?![\w'])[,.]?", RegexOptions.CultureInvariant)]
    private static partial Regex Fillers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
