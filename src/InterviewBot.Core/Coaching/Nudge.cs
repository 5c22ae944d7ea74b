using System.Text.Json.Serialization;

namespace InterviewBot.Core.Coaching;

/// <summary>A private coaching card for the interviewer: what happened, why it matters, what to say next.</summary>
/// <remarks>
/// <see cref="At"/> is when the card was sent; <see cref="Moment"/> is when the phrase that raised it ended (or the metric
/// crossed), so <c>At - Moment</c> is how late it came. A repeat of a card shown less than the same-kind window ago is
/// sent as an update of that card: <see cref="Updates"/> names it and <see cref="Count"/> says how many times it has fired.
/// </remarks>
public sealed record Nudge(
    string Kind,
    TimeSpan At,
    string SpeakerId,
    string Quote,
    string Message,
    string Suggestion)
{
    /// <summary>The session's number for this card or update, from 1; 0 while it is only a rule's candidate.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Id { get; init; }

    /// <summary>The id of the card this one updates in place, or null for a new card.</summary>
    public int? Updates { get; init; }

    /// <summary>How many times this card has fired, the first time included.</summary>
    public int Count { get; init; } = 1;

    /// <summary>When the phrase ended or the metric crossed that raised the nudge (media time).</summary>
    public TimeSpan Moment { get; init; }

    /// <summary>How long after its moment the nudge was sent.</summary>
    [JsonIgnore]
    public TimeSpan Lateness => At - Moment;

    /// <summary>True when this is an update of a card already shown rather than a new card.</summary>
    [JsonIgnore]
    public bool IsUpdate => Updates is not null;
}
