using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// Removes what speech adds and a reader would not write: caption artefacts, fillers, stutters and
/// repeated words, false starts and self-repairs. Keeps the speaker's words and punctuation otherwise.
/// </summary>
internal static partial class SpeechCleaner
{
    public static string Clean(string text)
    {
        var s = Straighten(text);
        s = CaptionArtefacts().Replace(s, " ");
        s = SpeakerPrefix().Replace(s, "");
        s = SelfRepair().Replace(s, "");
        s = FalseStarts.Remove(s);
        // A filler between two commas before a question leaves one comma: "for the visualizations, uh, did you find…"
        // still has its joint; "the, you know, spreadsheet" closes up.
        var beforeFillers = s;
        s = Fillers().Replace(s, m => m.Value.StartsWith(',') && m.Value.EndsWith(',') && QuestionAfter().IsMatch(beforeFillers, m.Index + m.Length) ? ", " : " ");
        s = LikeFiller().Replace(s, " ");
        // Twice: "I I I" and "the, the, the" collapse one repeat per pass.
        if (RepeatedWords.MayRepeat(s))
        {
            s = Repeats().Replace(s, "${phrase}");
            s = Repeats().Replace(s, "${phrase}");
        }
        s = Spaces().Replace(s, " ");
        s = SpaceBeforePunctuation().Replace(s, "$1");
        s = DoubledPunctuation().Replace(s, "$1");
        return LeadingPunctuation().Replace(s, "").Trim();
    }

    private static string Straighten(string text) => string.Create(text.Length, text, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = t[i] switch
            {
                '\u2019' or '\u2018' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2014' or '\u2013' => '-',
                '\u00A0' => ' ',
                _ => t[i],
            };
        }
    }).Replace("&amp;", "&", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal);

    /// <summary>[inaudible], (laughs), [Music], &lt;v Name&gt; voice tags, &gt;&gt; speaker-change marks, timestamps.</summary>
    [GeneratedRegex(@"\[[^\]]{0,40}\]|\((?:laugh\w*|chuckl\w*|inaudible|crosstalk|pause|silence|sighs?|coughs?|unintelligible|indiscernible|music|applause|background noise|overlapping|\?+)[^)]{0,20}\)|</?v[^>]{0,60}>|</?[ciub]>|>>+|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\b|\*\w+\*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionArtefacts();

    /// <summary>"Interviewer: …", "SPEAKER 1: …", "P3: …" at the start of a caption line.</summary>
    [GeneratedRegex(@"^\s*(?:(?i:interviewer|interviewee|moderator|facilitator|participant|respondent|speaker\s*\d+|p\d+|m\d*)|[A-Z][a-z]+ [A-Z][a-z]+)\s*:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPrefix();

    /// <summary>
    /// A self-repair: a short fragment abandoned with "sorry", "I mean", "or rather", "no wait" after a dash or comma
    /// ("we use - sorry, we used Excel" → "we used Excel"). Only up to five words go, so a real clause is never lost.
    /// </summary>
    [GeneratedRegex(@"(?<=^|[.?!,;]\s|^\s*)(?:[A-Za-z']+\s){0,4}[A-Za-z']+\s*(?:-+|,)\s*(?:sorry|i mean|or rather|rather|no wait|well no|let me rephrase(?: that)?|scratch that)\s*[,-]*\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfRepair();

    /// <summary>um, uh, erm, hmm; "you know" only as a filler, not in "do you know", "you know what I mean" or "you know how".</summary>
    [GeneratedRegex(@"(?:,\s*)?(?<![\w'-])(?:u+m+|u+h+m*|erm+|er|hmm+|mm+|ah+|(?<!\b(?:do|did|does|would|if|you'd|i'd|as)\s)you know(?!\s+(?:what|how|why|when|where|who|whether|if|that|the|about|of|anyone|anybody|someone|any)\b))(?![\w'-])(?:\s*,)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fillers();

    /// <summary>A question starting right here: the auxiliary or question word after a filler.</summary>
    [GeneratedRegex(@"\G\s*(?:do|does|did|is|are|was|were|can|could|would|will|have|has|how|what|why|when|where|who)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionAfter();

    /// <summary>"like" between commas, or opening a clause with a comma: "it was, like, slow" / "like, we tried".</summary>
    [GeneratedRegex(@",\s*like,\s*|^\s*like,\s*|(?<=\b(?:and|but|so|was|is|it's|just)\s)like,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LikeFiller();

    /// <summary>A word or a short phrase said twice in a row: "as as", "I I", "the the", "I went to, I went to".</summary>
    [GeneratedRegex(@"(?<![\w'])(?<phrase>(?:[A-Za-z']+)(?:\s+[A-Za-z']+){0,3})(?:\s*[,-]?\s+\k<phrase>)+(?![\w'])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Repeats();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,.?!;:])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"([,.?!;:])(?:\s*,)+")]
    private static partial Regex DoubledPunctuation();

    [GeneratedRegex(@"^[\s,.;:-]+")]
    private static partial Regex LeadingPunctuation();
}
