using InterviewBot.Teams.Coach;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>
/// The Teams channel wired as the server wires it, against its loopback counterparts — the connector and Microsoft
/// Graph — on a temporary data folder; <see cref="RestartAsync"/> is a new process on the same data.
/// </summary>
internal sealed class TeamsWithGraph : IAsyncDisposable
{
    /// <summary>The meeting id Teams puts in the meeting chat's activities (see <see cref="Activities"/>).</summary>
    public const string MeetingId = "MCMxOTptZWV0aW5n";
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;

    private TeamsWithGraph(IDictionary<string, string?>? settings, TimeProvider? time)
    {
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _time = time;
    }

    public RecordingConnector Connector { get; } = new();

    public GraphStandIn Graph { get; } = new();

    public string Data { get; } = Directory.CreateTempSubdirectory("ib-teams-").FullName;

    public ServiceProvider Services { get; private set; } = null!;

    public Activities Teams { get; private set; } = null!;

    public ActivityRouter Coach => Services.GetRequiredService<ActivityRouter>();

    /// <summary>The text (or card JSON) of everything posted to the interviewer's 1:1 chat, in order.</summary>
    public string[] ToInterviewer =>
        [.. Connector.Posted.Where(c => c.ConversationId == Activities.InterviewerChat).Select(c => c.Body?["text"]?.GetValue<string>() ?? c.CardText)];

    public static async Task<TeamsWithGraph> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var harness = new TeamsWithGraph(settings, time);
        await harness.Connector.StartAsync();
        await harness.Graph.StartAsync();
        harness.Connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        harness._settings["Graph:BaseUrl"] = new Uri(harness.Graph.BaseUri, "v1.0").ToString();
        harness.Services = harness.Build();
        harness.Teams = new Activities(harness.Connector.BaseUri);
        return harness;
    }

    /// <summary>Another server on the same data and counterparts (for two-server tests); the caller disposes it.</summary>
    public ServiceProvider Build() => TeamsServices.Build(Connector, Data, _settings, _time);

    /// <summary>Stops this "process" and starts a new one on the same data.</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        Services = Build();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Graph.DisposeAsync();
        await Connector.DisposeAsync();
        Directory.Delete(Data, recursive: true);
    }
}
