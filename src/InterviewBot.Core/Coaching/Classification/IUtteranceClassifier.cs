using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>Labels one utterance, using the previous utterance (by the other side) as context.</summary>
public interface IUtteranceClassifier
{
    Classification Classify(string text, ParticipantRole role, string? previousText);
}
