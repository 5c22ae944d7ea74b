using InterviewBot.Server.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server.Tests.Durability;

/// <summary>Storage and cluster settings that cannot work stop the server at start, saying which setting and why.</summary>
public sealed class ConfigurationTests
{
    private const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Theory]
    [InlineData("Storage:Kind=blob", "Storage:Kind is blob: set Storage:BlobEndpoint (Entra identity) or Storage:ConnectionString (Azurite)")]
    [InlineData("Storage:Kind=blob|Storage:ConnectionString=" + Azurite + "|Storage:JournalContainer=Journals_1", "JournalContainer must be a blob container name")]
    [InlineData("Storage:Kind=blob|Storage:ConnectionString=" + Azurite + "|Storage:ArtifactContainer=ab", "ArtifactContainer must be a blob container name")]
    [InlineData("Cluster:Mode=azure", "Cluster:Mode is azure: set Cluster:TableEndpoint (Entra identity) or Cluster:ConnectionString (Azurite)")]
    [InlineData("Cluster:Mode=kubernetes", "Cluster:Mode must be none, localhost or azure")]
    [InlineData("Cluster:Mode=azure|Cluster:ConnectionString=" + Azurite + "|Cluster:AdvertisedAddress=my-host", "Cluster:AdvertisedAddress 'my-host' is not an IP address")]
    public async Task BadSetting_StopsTheServerAtStart_WithWhatIsWrong(string settings, string message)
    {
        var all = settings.Split('|').Select(s => s.Split('=', 2)).ToDictionary(kv => kv[0], kv => (string?)kv[1]);
        all["Bot:DisableAuthenticationForLocalDevelopment"] = "true";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await (await RunningServer.StartAsync(all)).DisposeAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
