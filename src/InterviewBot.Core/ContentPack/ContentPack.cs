using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.ContentPack;

/// <summary>The publishable drafts of docs/coaching.md §5: case study, testimonials with an approval email, LinkedIn post, newsletter blurb.</summary>
public sealed record ContentPack(string CaseStudy, string Testimonials, string LinkedIn, string Newsletter, IReadOnlyList<Quote> RankedQuotes)
{
    public const int LinkedInMaxWords = 300;
    public const int NewsletterMaxWords = 200;

    /// <summary>The pack as files: case-study.md, testimonials.md, linkedin.md, newsletter.md.</summary>
    public IReadOnlyList<(string Name, string Markdown)> Files() =>
    [
        ("case-study.md", CaseStudy),
        ("testimonials.md", Testimonials),
        ("linkedin.md", LinkedIn),
        ("newsletter.md", Newsletter),
    ];

    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
