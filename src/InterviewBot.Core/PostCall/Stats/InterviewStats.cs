namespace InterviewBot.Core.PostCall.Stats;

/// <summary>The timing and question metrics of docs/coaching.md §3 for a whole interview.</summary>
public sealed record InterviewStats(
    TimeSpan Duration,
    IReadOnlyList<SpeakerStats> Speakers,
    IReadOnlyList<TimeSpan> Interruptions,
    TimeSpan? MedianWait,
    TimeSpan? MedianWaitAfterQuestions,
    double SwitchesPerMinute,
    IReadOnlyDictionary<string, int> QuestionsByLabel,
    int FollowUps,
    double OpenQuestionShare,
    int MinuteCount);

/// <summary>One speaker's talk: total, share of all speech, longest monologue, and seconds spoken in each minute.</summary>
public sealed record SpeakerStats(
    string Name,
    string Role,
    TimeSpan TalkTime,
    double Share,
    TimeSpan LongestMonologue,
    int Utterances,
    IReadOnlyList<double> SecondsPerMinute);
