using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Tests.Coaching.Labels;

public class LabelIdsTests
{
    [Fact]
    public void EveryLabelId_RoundTrips()
    {
        foreach (var id in LabelIds.AllLabelIds)
        {
            Assert.True(LabelIds.TryParseLabel(id, out var label));
            Assert.Equal(id, LabelIds.IdOf(label));
        }
        Assert.Equal(20, LabelIds.AllLabelIds.Count);
    }

    [Fact]
    public void EveryTagId_RoundTrips()
    {
        foreach (var id in LabelIds.AllTagIds)
        {
            Assert.True(LabelIds.TryParseTag(id, out var tag));
            Assert.Equal(id, LabelIds.IdOf(tag));
        }
        Assert.Equal(13, LabelIds.AllTagIds.Count);
    }

    [Fact]
    public void Sets_ListIdsInCatalogueOrder() =>
        Assert.Equal(["open_question", "follow_up"], LabelIds.ToIds(UtteranceLabels.FollowUp | UtteranceLabels.OpenQuestion));

    [Fact]
    public void UnknownId_IsAFormatError() =>
        Assert.Throws<FormatException>(() => LabelIds.ParseLabels(["open_question", "rude_question"]));
}
