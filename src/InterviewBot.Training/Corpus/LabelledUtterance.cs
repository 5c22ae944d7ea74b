using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Training.Corpus;

/// <summary>
/// One labelled utterance: gold labels, the labels the two labelling passes disagreed on (not scored, not
/// trained on), and the group it is held out with (its study, else its source; null when the file has neither).
/// </summary>
public sealed record LabelledUtterance(string Id, ParticipantRole Role, string Text, string? Context, UtteranceLabels Labels, UtteranceLabels Contested, string? Group);
