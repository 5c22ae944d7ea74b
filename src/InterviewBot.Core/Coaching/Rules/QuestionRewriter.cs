using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Classification;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>Turns a coached question into the sentence to say instead, reusing the interviewer's own topic where it can.</summary>
internal static partial class QuestionRewriter
{
    /// <summary>"Do you use any software for the schedule?" → "How do you handle the schedule today?"</summary>
    public static string OpenUp(string question)
    {
        var outcome = DidItHelp().Match(question);
        if (outcome.Success)
            return $"Try: \"What did {outcome.Groups["subject"].Value.Trim()} change for you? Walk me through the last time you used it.\"";
        var topic = Topic(question);
        return topic is null
            ? "Rewrite it as a How/What question: \"What was that like?\""
            : $"Try: \"How do you handle {topic} today? Walk me through the last time.\"";
    }

    public static string Neutral(string question)
    {
        var topic = Topic(question);
        return topic is null
            ? "Try the neutral version: \"What stands out to you most?\""
            : $"Try the neutral version: \"What's {topic} like for you?\"";
    }

    public static string PastInstead(string question)
    {
        var topic = Topic(question);
        return topic is null
            ? "Ask about the past instead: \"Tell me about the last time you…\""
            : $"Ask about the past instead: \"Tell me about the last time you dealt with {topic}.\"";
    }

    /// <summary>"What do you usually do when a patient doesn't show up?" → "Tell me about the last time a patient didn't show up."</summary>
    public static string LastTimeInstead(string question)
    {
        var m = HabitWhen().Match(question);
        if (!m.Success) return "Ask for an instance: \"When was the last time that happened?\"";
        var situation = ToPast(m.Groups["situation"].Value.Trim().TrimEnd('?', '.', '!'));
        return $"Ask for an instance: \"Tell me about the last time {situation}.\"";
    }

    /// <summary>The first question of a multi-part turn, in the interviewer's own words.</summary>
    public static string OneAtATime(string question)
    {
        var first = ClauseSplitter.Split(UtteranceText.From(question).Normalized).FirstOrDefault(c => c.IsQuestion).Text;
        if (string.IsNullOrEmpty(first)) return "Ask one question at a time, starting with the first.";
        var at = question.IndexOf(first, StringComparison.OrdinalIgnoreCase);
        var words = LeadingMarkers().Replace(at >= 0 ? question.Substring(at, first.Length) : first, "");
        if (words.Length == 0) return "Ask one question at a time, starting with the first.";
        var end = Imperative().IsMatch(words) ? "." : "?";
        return $"Ask one at a time. Start with: \"{char.ToUpperInvariant(words[0])}{words[1..]}{end}\"";
    }

    /// <summary>A probe for the size they left vague: time, money or a count.</summary>
    public static string ProbeFor(string vagueStatement)
    {
        var text = vagueStatement.ToLowerInvariant();
        if (TimeWords().IsMatch(text)) return "\"Roughly how much time is that per week? A ballpark is fine.\"";
        if (MoneyWords().IsMatch(text)) return "\"Roughly what is that in dollars a month? A ballpark is fine.\"";
        return "\"Roughly how much, in numbers? From what to what? A ballpark is fine.\"";
    }

    /// <summary>Puts a habitual clause in the past: "a patient doesn't show up" → "a patient didn't show up". Only its first verb changes.</summary>
    private static string ToPast(string clause) => PresentVerb().Replace(clause, m => m.Value.ToLowerInvariant() switch
    {
        "doesn't" or "don't" => "didn't",
        "does" or "do" => "did",
        "is" => "was",
        "are" => "were",
        "has" or "have" => "had",
        "can't" => "couldn't",
        "isn't" => "wasn't",
        "aren't" => "weren't",
        var verb when verb.EndsWith('e') => verb + "d",
        var verb => verb + "ed",
    }, count: 1);

    /// <summary>The object of the question ("the schedule", "your reminders"), if one can be found.</summary>
    private static string? Topic(string question)
    {
        var m = TopicPattern().Match(question);
        if (!m.Success) return null;
        var determiner = string.Equals(m.Groups["det"].Value, "your", StringComparison.OrdinalIgnoreCase) ? "your" : "the";
        var topic = determiner + " " + m.Groups["topic"].Value.Trim().TrimEnd('?', '.', '!', ',');
        var words = topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 7) return null;
        return topic;
    }

    [GeneratedRegex(@"\b(?:usually|typically|normally|generally|tend to)\b[^?]*?\bwhen (?<situation>[^?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HabitWhen();

    [GeneratedRegex(@"\b(?:doesn't|don't|does|do|is|are|has|have|can't|isn't|aren't|want|need|call|miss|ask|try|change|cancel|complain|happen|show|arrive|break)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentVerb();

    [GeneratedRegex(@"^(?:did|does|do)\s+(?<subject>(?:the|your|that|this)\s+[\w\s-]{2,40}?|it|that|this)\s+(?:help|work|change|save|make a difference|matter|fix)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DidItHelp();

    [GeneratedRegex(@"^(?:(?:so|and|okay|ok|now|but|right|well),?\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMarkers();

    [GeneratedRegex(@"^(?:tell|walk|talk|take|describe|help me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();

    [GeneratedRegex(@"\b(?:time|hours?|minutes?|days?|weeks?|faster|quicker|slower|morning|evening|sunday|forever|ages)\b")]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"\b(?:money|cost|costs|dollars|cheaper|expensive|overtime|revenue|sales|budget|paid|pay|spend|spending|margin)\b")]
    private static partial Regex MoneyWords();

    [GeneratedRegex(@"\b(?<det>the|your|our)\s+(?<topic>(?:the\s+|your\s+)?[a-z][a-z\- ]{2,40}?)(?=\s+(?:right|itself|today|now|then|at all|is|was|are|for|with|if|when|that)\b|[?.!,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TopicPattern();
}
