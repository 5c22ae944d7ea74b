using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.PostCall.Email;

/// <summary>A thank-you draft to the interviewee: their words as takeaways, the agreed next step, no pitch.</summary>
public sealed record ThankYouEmail(string To, string Subject, string Body, IReadOnlyList<Quote> Takeaways, Quote? NextStep);
