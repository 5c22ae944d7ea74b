using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Normalisation;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Coaching.Classification;

/// <summary>
/// The classifier keeps what a turn's rules found for the next calls (the turn comes back as the next one's context):
/// classifying turn after turn with one classifier gives, on the whole corpus, what a new classifier gives each time.
/// </summary>
public class PatternClassifierReuseTests
{
    [Fact]
    public void TurnAfterTurn_GivesWhatAFreshClassifierGives()
    {
        var shared = new PatternClassifier();
        var differ = new List<string>();
        foreach (var turn in CorpusTurns.All)
        {
            var text = SpeechNormaliser.Normalise(turn.Text).Text;
            var context = turn.Context is null ? null : SpeechNormaliser.Normalise(turn.Context).Text;
            var other = turn.Role == ParticipantRole.Interviewer ? ParticipantRole.Interviewee : ParticipantRole.Interviewer;
            if (context is not null && shared.Classify(context, other, null) != new PatternClassifier().Classify(context, other, null)) differ.Add(turn.Id + " (context)");
            if (shared.Classify(text, turn.Role, context) != new PatternClassifier().Classify(text, turn.Role, context)) differ.Add(turn.Id);
        }
        Assert.Empty(differ);
    }
}
