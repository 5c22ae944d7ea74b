using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.Tests.PostCall.Snapshot;

public class FactFinderTests
{
    private static readonly HashSet<string> NoneKnown = [];

    private static string[] Numbers(string sentence) => NumberFinder.Find(sentence).Select(t => t.Term).ToArray();

    private static string[] Names(string sentence) => NamedThingFinder.Find(sentence, NoneKnown).Select(t => t.Term).ToArray();

    [Theory]
    [InlineData("our training sample is like 60 million rows.", "60 million rows")]
    [InlineData("The Technical Steering Committee I believe has maybe about 12 members.", "12 members")]
    [InlineData("I was using one when I just went back, and then three months later it closed", "three months later")]
    [InlineData("It started in 2008 mainly because we were using Facebook", "2008")]
    [InlineData("Cnpm syncs once a day, or so.", "once a day")]
    [InlineData("this cluster of houses with more than three cars", "three cars")]
    [InlineData("woah, this is only four data points.", "four data points")]
    public void NumberWithItsUnit_IsFound(string sentence, string expected)
    {
        Assert.Contains(expected, Numbers(sentence));
    }

    [Theory]
    [InlineData("For if you have feature one at one value and the average.")]
    [InlineData("you have two different sets of points")]
    [InlineData("I think I saw a couple of points.")]
    [InlineData("Do we use both one way and two-way plots?")]
    public void SpokenSmallNumberWithoutARealUnit_IsNotAFact(string sentence)
    {
        Assert.Empty(Numbers(sentence));
    }

    [Fact]
    public void ProperNounsAcronymsAndMixedCase_AreNamedThings()
    {
        var names = Names("The Hyperledger Project is an open source project under the Linux Foundation, and we use XGBoost and ICE plots.");

        Assert.Equal(["Hyperledger Project", "Linux Foundation", "XGBoost", "ICE plots"], names);
    }

    [Fact]
    public void LowercaseToolAfterWeUse_IsANamedThing()
    {
        Assert.Contains("waterfall charts", Names("in some cases we might go and use waterfall charts for analyzing the influence"));
        Assert.Contains("scatter plots", Names("most of the time we basically just use scatter plots to try and see"));
    }

    [Fact]
    public void CapitalisedSentenceOpener_IsNotANameUnlessSeenMidSentence()
    {
        Assert.Empty(Names("Honestly the part I hate is the schedule."));
        Assert.Contains("Baidu", NamedThingFinder.Find("Baidu, yes.", new HashSet<string> { "Baidu" }).Select(t => t.Term));
    }

    [Fact]
    public void AnonymisedX_IsNotAName()
    {
        Assert.Empty(Names("where does the business need to XXX XXXXXXXXXX XXXX"));
    }

    [Fact]
    public void SummaryLine_WithAProductNobodySaid_IsUntraceable()
    {
        string[] said = ["We tried a portal called Orderly, but the cafés never logged in.", "We supply six cafés."];

        Assert.Equal(["BakeryPro"], FactGrounding.Untraceable("Moved from Orderly to BakeryPro for the six cafés.", said));
        Assert.Equal(["40"], FactGrounding.Untraceable("Supplies 40 cafés.", said));
        Assert.Empty(FactGrounding.Untraceable("Tried Orderly for six cafés.", said));
    }
}
