using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>Turns a coached question into the sentence to say instead, reusing the interviewer's own topic where it can.</summary>
internal static partial class QuestionRewriter
{
    /// <summary>"Do you use any software for the schedule?" → "How do you handle the schedule today?"</summary>
    public static string OpenUp(string question)
    {
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

    [GeneratedRegex(@"\b(?<det>the|your|our|that|this)\s+(?<topic>(?:the\s+|your\s+)?[a-z][a-z\- ]{2,40}?)(?=\s+(?:right|itself|today|now|then|at all|is|was|are|for|with|if|when|that)\b|[?.!,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TopicPattern();
}
