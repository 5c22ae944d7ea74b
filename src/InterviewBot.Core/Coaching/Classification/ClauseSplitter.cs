using System.Buffers;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// Splits an utterance into clauses at sentence ends, and at commas, colons and "and"/"or" where a new
/// question starts, so "how many machines, who schedules maintenance, and do you track downtime" is three
/// questions. Works without punctuation too: speech-to-text gives "...and did the customer get a refund".
/// </summary>
public static partial class ClauseSplitter
{
    private static readonly SearchValues<char> s_punctuation = SearchValues.Create(".,?!;:");

    public static IReadOnlyList<Clause> Split(string normalized)
    {
        var clauses = SplitAtPunctuation(normalized);
        if (clauses.Any(c => c.IsQuestion) || normalized.AsSpan().ContainsAny(s_punctuation)) return clauses;
        // Speech-to-text without punctuation drops the comma after a lead-in ("if you think back to last
        // spring what was the busiest week like"): look for a question that starts mid-sentence, and split
        // there. Punctuated text said where its clauses are, so "…, so it knows how many bakers" is left alone.
        var m = MidQuestion().Match(normalized);
        if (!m.Success || m.Index == 0) return clauses;
        var lead = normalized[..m.Index].Trim();
        var question = normalized[m.Index..].Trim();
        return [new Clause(lead, QuestionForm.None), new Clause(question, FormOf(question) is var f && f != QuestionForm.None ? f : QuestionForm.Closed)];
    }

    private static List<Clause> SplitAtPunctuation(string normalized)
    {
        var clauses = new List<Clause>();
        foreach (var sentence in Sentences().Split(normalized))
        {
            var parts = Joints().Split(sentence);
            foreach (var part in parts)
            {
                var text = part.Trim(' ', ',', ':', ';', '"', '\'', '(', ')');
                if (text.Length == 0) continue;
                var clause = new Clause(text, FormOf(text));
                // Speech restarts ("how do you, how do you track it") are one question, not two.
                if (clauses.Count > 0 && clause.IsQuestion && IsRestart(clauses[^1], clause)) continue;
                clauses.Add(clause);
            }
        }
        return clauses;
    }

    /// <summary>The question form of one clause, after dropping discourse markers ("so", "okay", "and").</summary>
    public static QuestionForm FormOf(string clause)
    {
        var core = Markers().Replace(clause, "");
        if (Aside().IsMatch(core)) return QuestionForm.None;
        if (Request().IsMatch(core)) return QuestionForm.Request;
        if (Subordinate().IsMatch(core) || Relative().IsMatch(core)) return QuestionForm.None;
        if (Open().IsMatch(core)) return QuestionForm.Open;
        if (Closed().IsMatch(core)) return QuestionForm.Closed;
        return QuestionForm.None;
    }

    /// <summary>True for a tag that hedges or checks rather than asks ("would you say?", "is that right?").</summary>
    public static bool IsAside(string clause) => Aside().IsMatch(Markers().Replace(clause, ""));

    /// <summary>
    /// A restart leaves the first attempt unfinished: its words are where the second one starts ("how do you, how do
    /// you track it"), or it broke off after a few words. Two full questions that open alike ("did you find them useful
    /// and did you find any of them unclear") are two questions.
    /// </summary>
    private static bool IsRestart(Clause previous, Clause next)
    {
        if (!previous.IsQuestion || previous.Text.Length >= next.Text.Length) return false;
        if (next.Text.StartsWith(previous.Text, StringComparison.Ordinal)) return true;
        var a = previous.Text.Split(' ');
        var b = next.Text.Split(' ', 3);
        return a.Length is >= 2 and <= RestartWords && b.Length >= 2 && a[0] == b[0] && a[1] == b[1];
    }

    private const int RestartWords = 3;

    private const string QuestionStart =
        // "which" is left out: mid-sentence it almost always starts a relative clause ("…, which is why we built it").
        @"(?:what|what's|whats|how|how's|why|where|where's|when|who|who's|whom|whose|tell me|walk me|talk me|describe|" +
        @"(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|may|might|isn't|aren't|don't|doesn't|didn't|wasn't|weren't|won't|wouldn't|haven't|hasn't|can't|couldn't)\s+(?:i|you|we|they|it|that|this|there|he|she|your|the|a|an|any|anyone|anybody|anything|something|someone|those|these|our|my|people|[a-z]+s)\b|anything else)\b";

    /// <summary>Words for a person that a relative "who" follows ("someone like me, who…"): the comma before it is no joint.</summary>
    private const string PersonBeforeWho = @"\b(?:me|us|him|her|them|someone|somebody|anyone|anybody|everyone|people|person|folks|those)\s*,\s*(?=who\s)";

    [GeneratedRegex(@"(?<=[.?!;])\s+|(?<=\?)(?=\S)")]
    private static partial Regex Sentences();

    // A short "or" is not a joint: "is it better or is it worse" is one choice, not two questions. After six words or
    // more, "or" starting a full question of its own ("is there a reason you use that or is there a reason you don't
    // look at ice plots") is a second question. "and which … did you" asks another question (up to four words between: "which rankings or sortings did you"); a bare "which" is relative.
    // ", who uses …" after a person ("someone like me, who uses Fastly") is a relative clause, not a question.
    [GeneratedRegex(@"(?:,|:|;)\s*(?:and\s+|but\s+|so\s+|then\s+|roughly\s+|about\s+)?(?=" + QuestionStart + @")(?<!" + PersonBeforeWho + @")|\s+(?:and|but)\s+(?:then\s+|also\s+)?(?=" + QuestionStart + @")" +
        @"|\s+or\s+(?<=(?:\w+\W+){6,}or\s+)(?=(?:is|are|was|were|do|does|did|would|could|can|will|have|has)\s+(?:there|you|they|it|we)\s+(?:\S+\s+){2,}\S)" +
        @"|\s+(?:and|or)\s+(?:also\s+)?(?=which\s+(?:[a-z]+\s+){0,4}(?:did|do|does|would|will|is|are|was|were|could|can)\s+(?:you|they|we)\b)")]
    private static partial Regex Joints();

    [GeneratedRegex(@"^(?:(?:so|and|but|okay|ok|alright|all right|cool|great|nice|right|got it|gotcha|yeah|yes|oh|well|now|also|then|sure|perfect|interesting|thanks|thank you|roughly|approximately|about|just|like|actually|honestly|and then)\b[,.!]?\s+)+")]
    private static partial Regex Markers();

    /// <summary>A question starting inside an unpunctuated sentence: a question word with its verb, or "would you…".</summary>
    [GeneratedRegex(@"\b(?:(?:what|how|when|where|why|who)(?:'s)?\s+(?:did|do|does|was|were|is|are|would|will|should|could|can|has|have|had|made|makes|else|happened|changed)\b|how (?:big|many|much|long|often|far)\b|(?:would|could|can|do|did|will|are|were|have) you\b|(?:is|was) (?:there|it) (?:something|anything|okay|ok|alright|all right|possible|fine)\b|does (?:that|this|it) (?:sound|work|make)\b|would (?:teachers|your \w+|they|people|\w+s) (?:actually |really )?\w+)")]
    private static partial Regex MidQuestion();

    /// <summary>"…, which is why we built it": a relative clause, not a question.</summary>
    [GeneratedRegex(@"^which (?:is|was|means|meant|makes|made|has|had|gives|lets|led|leads)\b")]
    private static partial Regex Relative();

    /// <summary>A tag that hedges the question before it ("…, would you guess?") or checks a recap ("is that right?") rather than asking another.</summary>
    [GeneratedRegex(@"^(?:would you (?:say|guess|estimate|think)|do you think|you think|do you reckon|if you had to guess|would you agree|do you know what i mean|you know what i mean|does that make sense|(?:is|was) (?:that|it) (?:right|correct|accurate|fair)|did i get that right|have i got that right|am i right)\??$")]
    private static partial Regex Aside();

    /// <summary>A question word straight before a subject ("when the oven died", "where you work") opens a subordinate clause, not a question.</summary>
    [GeneratedRegex(@"^(?:when|where|what|how|why|who|which|whenever|while)\s+(?:i|you|we|they|he|she|it|the|a|an|my|our|your|there|this|that|those|these|his|her|their)\b")]
    private static partial Regex Subordinate();

    [GeneratedRegex(@"^(?:what|what's|whats|how|how's|why|where|where's|when|who|who's|whom|whose|which|tell me|walk me through|talk me through|take me through|describe|help me understand|say more|(?:at|from|in|to|for|with|by|since|until) (?:what|which|whom|when|how)|like what)\b")]
    private static partial Regex Open();

    [GeneratedRegex(@"^(?:(?:can|could|would|will) you (?:tell|walk|talk|take|describe|say|give|share|think of|explain|remember)|would you mind (?:telling|walking|sharing|explaining)|do you (?:remember|recall) (?:what|how|when|who|why|the)|is there (?:a|an|one) (?:example|time|moment)|any (?:example|examples))\b")]
    private static partial Regex Request();

    [GeneratedRegex(@"^(?:(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|shall|may|might|am|isn't|aren't|don't|doesn't|didn't|wasn't|weren't|won't|wouldn't|haven't|hasn't|can't|couldn't)\s+(?!not\b)[a-z']+|anything (?:else|that|surprise|you)|any (?:chance|luck|other|idea|questions|thoughts)|mind if|okay if|ok if|all right if|alright if|happy to|up for|open to|you (?:good|okay|ok) with)\b")]
    private static partial Regex Closed();
}
