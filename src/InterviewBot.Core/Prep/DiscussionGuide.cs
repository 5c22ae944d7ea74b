using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Prep;

/// <summary>A discussion guide: the kind, and one section per structure tag of the kind, in interview order.</summary>
public sealed record DiscussionGuide(string Goal, InterviewKind Kind, int PlannedMinutes, string? Interviewee, string? Company, IReadOnlyList<GuideSection> Sections);

/// <summary>One part of the interview: what it covers, the question to ask, the probe to follow it with, and its minutes.</summary>
public sealed record GuideSection(StructureTags Tag, string Title, string Question, string FollowUp, int Minutes);
