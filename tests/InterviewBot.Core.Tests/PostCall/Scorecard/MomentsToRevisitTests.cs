using InterviewBot.Core.Coaching;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.PostCall.Scorecard;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.PostCall.Scorecard;

public class MomentsToRevisitTests
{
    /// <summary>A leading question, then a closed one 6.5 s later: the second cannot be a new card (one per 20 s) and is held back.</summary>
    private static Core.Sessions.InterviewSession TwoSlips()
    {
        var session = Session();
        ApplyAll(session,
        [
            .. Turn(Interviewer, 96, 100, "You love how fast it is, right?"),
            .. Turn(Interviewee, 100.5, 102, "Sure."),
            .. Turn(Interviewer, 104.5, 106.5, "Do you use Slack for the schedule?"),
            .. Ticks(101, 130),
        ]);
        return session;
    }

    [Fact]
    public void ShownAndHeldBackNudges_AreBothMomentsToRevisit_InTimeOrder()
    {
        var moments = MomentsToRevisit.Of(TwoSlips());

        Assert.Equal([(NudgeKinds.LeadingQuestion, true), (NudgeKinds.ClosedQuestion, false)], moments.Select(m => (m.Nudge, m.Shown)));
        Assert.Equal(S(106.5), moments[1].At);
        Assert.Equal("Do you use Slack for the schedule?", moments[1].Words);
        Assert.Contains("one new card per 20 s", moments[1].HeldBackBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void HeldBackMoment_IsInSnapshotReportJsonAndHtml()
    {
        var report = new EmbeddedPostCallWriter().Write(TwoSlips());

        Assert.Contains("## Moments to revisit", SnapshotMarkdown.Render(report), StringComparison.Ordinal);
        Assert.Contains("\u201CDo you use Slack for the schedule?\u201D", SnapshotMarkdown.Render(report), StringComparison.Ordinal);
        Assert.Contains("\"moments_to_revisit\"", ReportJson.Render(report), StringComparison.Ordinal);
        Assert.Contains("\"held_back_because\"", ReportJson.Render(report), StringComparison.Ordinal);
        Assert.Contains("Moments to revisit (2)", ReportHtml.Render(report), StringComparison.Ordinal);
    }
}
