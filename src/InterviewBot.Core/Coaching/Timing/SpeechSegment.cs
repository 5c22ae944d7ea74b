namespace InterviewBot.Core.Coaching.Timing;

/// <summary>A closed stretch of one participant's voice activity in media time.</summary>
public readonly record struct SpeechSegment(string ParticipantId, TimeSpan Start, TimeSpan End)
{
    public TimeSpan Duration => End - Start;
}
