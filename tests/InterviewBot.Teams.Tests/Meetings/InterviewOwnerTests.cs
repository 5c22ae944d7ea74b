using System.Text;
using InterviewBot.Core.Ports;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Meetings;

/// <summary>owner.json: written at hang-up with the interviewer's Entra id, read back as it was written, refused when it is not one.</summary>
public sealed class InterviewOwnerTests
{
    [Fact]
    public void Owner_ReadsBackAsWritten()
    {
        var owner = new InterviewOwner("aad-priya", "Marcus", new DateTimeOffset(2026, 12, 1, 11, 45, 0, TimeSpan.FromHours(1)));

        Assert.Equal(owner with { FinishedAt = owner.FinishedAt.ToUniversalTime() }, InterviewOwner.Read(owner.ToArtifact()));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"schema_version":2,"interviewer_aad_object_id":"aad-priya","interviewee":"Marcus","finished_at":"2026-12-01T10:45:00Z"}""")]
    [InlineData("""{"schema_version":1,"interviewer_aad_object_id":"","interviewee":"Marcus","finished_at":"2026-12-01T10:45:00Z"}""")]
    [InlineData("""{"schema_version":1,"interviewer_aad_object_id":"aad-priya","interviewee":"Marcus","finished_at":"yesterday"}""")]
    public void SomethingElse_ReadsAsNobodys(string json) =>
        Assert.Null(InterviewOwner.Read(new Artifact(InterviewOwner.ArtifactName, "application/json", Encoding.UTF8.GetBytes(json))));

    [Fact]
    public async Task FinishedMeeting_StoresWhoseInterviewItWas_ByEntraId()
    {
        await using var connector = new RecordingConnector();
        await connector.StartAsync();
        var data = Directory.CreateTempSubdirectory("ib-owner-").FullName;
        try
        {
            await using var services = TeamsServices.Build(connector, data);
            var teams = new Activities(connector.BaseUri);
            var coach = services.GetRequiredService<ActivityRouter>();
            await coach.HandleAsync(teams.Installed(), CancellationToken.None);
            await coach.HandleAsync(teams.MeetingStart(), CancellationToken.None);
            var session = services.GetRequiredService<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!.SessionId;
            await coach.HandleAsync(teams.Say("demo"), CancellationToken.None);
            var live = services.GetRequiredService<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!;
            for (var i = 0; i < 600 && live.DemoRunning; i++) await Task.Delay(50);
            await coach.HandleAsync(teams.MeetingEnd(), CancellationToken.None);

            var owner = InterviewOwner.Read(await services.GetRequiredService<IArtifactStore>().ReadAsync(session, InterviewOwner.ArtifactName, CancellationToken.None));

            Assert.Equal(Activities.Interviewer.AadObjectId, owner?.InterviewerAadObjectId);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
