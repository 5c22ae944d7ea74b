using System.Text.Json.Serialization;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Sessions;

/// <summary>One finished piece of speech by one speaker, with its media-time span and coaching labels.</summary>
public sealed record Utterance(
    string SpeakerId,
    TimeSpan Start,
    TimeSpan End,
    string Text,
    double Confidence = 1.0,
    UtteranceLabels Labels = UtteranceLabels.None,
    StructureTags Tags = StructureTags.None)
{
    [JsonIgnore]
    public TimeSpan Duration => End - Start;
}
