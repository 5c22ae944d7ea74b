using System.Text.RegularExpressions;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>
/// Finds the things a speaker named: proper-noun and acronym phrases ("Linux Foundation", "ICE plots", "XGBoost",
/// "Node.js"), and what follows "we use" / "I'm using" when it is lowercase ("we use scatter plots").
/// A capitalised word that only opens a sentence counts when it is an acronym, mixes case, has a digit, or is
/// seen capitalised mid-sentence elsewhere in the interview.
/// </summary>
public static partial class NamedThingFinder
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "I'm", "I've", "I'd", "I'll", "OK", "Okay", "Oh", "Hey", "Yes", "No", "Yeah", "Um", "Uh", "Mm", "Hmm", "Ah", "Mr", "Mrs", "Ms", "Dr",
        "God", "Gosh", "Wow", "Mhm", "Yep", "Right", "Sure", "Thanks", "Thank", "Bye", "Hi", "Hello", "Cool", "Great", "Alright", "So", "And", "But",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "TV", "AM", "PM", "Q&A", "U", "S", "A", "B", "X", "Y", "Z",
    };

    // Joiners allowed inside a multi-word name: "Bank of America", "Research Triangle Park".
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "de", "&" };

    // A method or artefact named in lowercase ("scatter plots", "residual analysis", "kernel density estimate"):
    // one or two modifiers before one of these heads.
    private static readonly HashSet<string> ArtefactHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "plot", "plots", "chart", "charts", "analysis", "estimate", "distance", "regression", "importance", "error", "tree", "trees", "forest",
        "forests", "dashboard", "dashboards", "spreadsheet", "spreadsheets", "widget", "algorithm", "algorithms", "diagram", "survey", "database",
        "pipeline", "notebook", "notebooks", "whiteboard", "sheet", "portal", "histogram", "histograms", "heatmap", "simulation", "classifier", "classifiers", "data set", "dataset", "swarm", "matrix",
    };

    private static readonly HashSet<string> NotModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "some", "more", "most", "other", "different", "same", "new", "old", "good", "bad", "big",
        "small", "whole", "each", "every", "all", "any", "my", "our", "your", "their", "his", "her", "its", "first", "last", "next", "previous", "one",
        "two", "three", "of", "in", "on", "at", "for", "to", "and", "or", "but", "like", "just", "really", "very", "much", "many", "few", "such", "own",
        "is", "was", "are", "be", "it", "i", "we", "you", "they", "them", "so", "if", "then", "than", "with", "by", "from", "as", "what", "which", "um",
        "uh", "way", "ways", "entire", "single", "use", "uses", "using", "used", "look", "looking", "see", "make", "get", "do", "go", "have", "has",
        "had", "compute", "show", "create", "generate", "call", "called", "find", "found", "want", "need", "got", "run", "build", "try", "tried", "pick",
        "take", "put", "read", "check", "plot", "draw", "give", "gives", "doing", "done", "into", "about", "over", "those", "then", "particular", "specific", "certain", "general", "basic", "simple", "actual", "real", "main", "final", "whatever",
    };

    // A lowercase head noun that belongs to the name before it: "ICE plots", "Google CDN login", "Fabric SDK".
    private static readonly HashSet<string> HeadNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "plot", "plots", "chart", "charts", "values", "value", "library", "package", "tool", "tools", "app", "dataset", "data", "model", "models",
        "framework", "repo", "repository", "channel", "project", "server", "servers", "login", "logins", "books", "documentation", "docs", "team",
        "group", "account", "platform", "system", "api", "sdk", "cdn", "images", "image", "card", "cards", "file", "files", "program", "programme",
        "grant", "list", "service", "services", "store", "site", "website", "page", "tile", "search", "registry", "notebook", "notebooks",
    };

    // After "we use": words that are not a tool ("use them", "use the same").
    private static readonly HashSet<string> NotTools = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "them", "this", "that", "these", "those", "something", "anything", "everything", "one", "ones", "what", "which", "whatever", "some",
        "more", "less", "most", "all", "both", "any", "other", "another", "same", "to", "for", "in", "on", "at", "as", "of", "and", "or", "but", "so",
        "because", "when", "if", "like", "just", "really", "very", "only", "also", "still", "then", "there", "here", "now", "up", "out", "a", "an",
        "the", "my", "our", "your", "their", "his", "her", "its", "we", "i", "you", "they", "he", "she", "is", "are", "was", "be", "been", "way", "ways",
        "kind", "sort", "type", "lot", "bit", "thing", "things", "stuff", "case", "cases", "time", "times", "day", "days", "either", "too", "much", "again",
        "with", "from", "by", "about", "into", "over", "after", "before", "than", "can", "could", "would", "should", "will", "yeah", "um", "uh", "not",
    };

    /// <summary>Capitalised words that appear mid-sentence somewhere in <paramref name="sentences"/>: names, not sentence openers.</summary>
    public static HashSet<string> MidSentenceCapitals(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var words = Word().Matches(s);
            for (var i = 1; i < words.Count; i++)
                if (char.IsUpper(words[i].Value[0]) && !AfterSentenceEnd(s, words[i].Index)) known.Add(words[i].Value);
        }
        return known;
    }

    /// <summary>The named things in one sentence, each with its span in the sentence.</summary>
    public static IReadOnlyList<TermSpan> Find(string sentence, IReadOnlySet<string> knownNames)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(knownNames);
        var found = new List<TermSpan>();
        var words = Word().Matches(sentence).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsNameWord(words[i].Value, opensSentence: i == 0 || AfterSentenceEnd(sentence, words[i].Index), knownNames)) continue;
            var last = i;
            while (last + 1 < words.Count && Adjacent(sentence, words[last], words[last + 1]))
            {
                var next = words[last + 1].Value;
                if (IsNameWord(next, false, knownNames)) { last++; continue; }
                if (Joiners.Contains(next) && last + 2 < words.Count && Adjacent(sentence, words[last + 1], words[last + 2])
                    && IsNameWord(words[last + 2].Value, false, knownNames) && char.IsUpper(words[last + 2].Value[0])) { last += 2; continue; }
                break;
            }
            if (last + 1 < words.Count && Adjacent(sentence, words[last], words[last + 1]) && HeadNouns.Contains(words[last + 1].Value)) last++;
            var start = words[i].Index;
            var end = words[last].Index + words[last].Length;
            found.Add(new TermSpan(sentence[start..end], start, end - start));
            i = last;
        }
        for (var i = 1; i < words.Count; i++)
        {
            if (!ArtefactHeads.Contains(words[i].Value) || !char.IsLower(words[i].Value[0])) continue;
            var first = i;
            while (first > 0 && i - first < 2 && Adjacent(sentence, words[first - 1], words[first]) && IsModifier(words[first - 1].Value)) first--;
            if (first == i) continue;
            var start = words[first].Index;
            var end = words[i].Index + words[i].Length;
            if (found.Any(f => start < f.End && f.Start < end)) continue;
            found.Add(new TermSpan(sentence[start..end], start, end - start));
        }
        foreach (Match m in WeUse().Matches(sentence))
        {
            var tool = m.Groups["tool"];
            var picked = tool.Value.Split(' ').TakeWhile(w => !NotTools.Contains(w)).ToArray();
            if (picked.Length == 0 || picked.Length > 3) continue;
            var text = string.Join(' ', picked).TrimEnd('.', ',', '?', '!', ';', ':');
            if (text.Length < 4 || found.Any(f => f.Start <= tool.Index && tool.Index < f.End)) continue;
            found.Add(new TermSpan(text, tool.Index, text.Length));
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    private static bool IsModifier(string word) =>
        word.Length > 2 && char.IsLower(word[0]) && !NotModifiers.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal) && !word.Contains('\'', StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 4;

    private static bool IsNameWord(string word, bool opensSentence, IReadOnlySet<string> knownNames)
    {
        if (word.Length < 2 && !char.IsDigit(word[0]) || NotNames.Contains(word) || AllX().IsMatch(word)) return false;
        var acronymOrMixed = Acronym().IsMatch(word) || MixedCase().IsMatch(word) || word.Any(char.IsDigit) && word.Any(char.IsLetter) || DottedName().IsMatch(word);
        if (acronymOrMixed) return true;
        if (!char.IsUpper(word[0])) return false;
        return !opensSentence || knownNames.Contains(word);
    }

    private static bool Adjacent(string sentence, Match a, Match b)
    {
        var between = sentence[(a.Index + a.Length)..b.Index];
        return between == " ";
    }

    private static bool AfterSentenceEnd(string s, int index)
    {
        var j = index - 1;
        while (j >= 0 && s[j] == ' ') j--;
        return j < 0 || s[j] is '.' or '!' or '?' or '"' or '\u201C' or ':' or '(' or '-' or '\u2026';
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.&+\-]*[\p{L}\p{N}+]|[\p{L}\p{N}]")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[A-Z][A-Z0-9&]{1,}s?$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^[A-Za-z]*[a-z][A-Z][A-Za-z]*$|^[A-Z]{2,}[a-z]+[A-Za-z]*$")]
    private static partial Regex MixedCase();

    [GeneratedRegex(@"^[A-Za-z]+\.(?:js|io|org|com|net|ai|NET)$|^\.NET$", RegexOptions.IgnoreCase)]
    private static partial Regex DottedName();

    [GeneratedRegex(@"^X+$")]
    private static partial Regex AllX();

    [GeneratedRegex(@"\b(?:we|I|they|team|you)(?:'re|'m| are| am)? (?:\w+ )?(?:use|used|using|uses|tried|switched to|moved to|rely on|relied on|pay for|paid for) (?:the |a |an |some |our |my )?(?<tool>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex WeUse();
}
