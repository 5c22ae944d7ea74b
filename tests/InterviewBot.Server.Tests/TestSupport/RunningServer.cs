using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Server.Tests.TestSupport;

/// <summary>The real server (Kestrel, the app's own wiring) on a free loopback port, with test configuration on top.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly bool _ownsData;

    private RunningServer(WebApplication app, string data, bool ownsData)
    {
        App = app;
        DataDirectory = data;
        _ownsData = ownsData;
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public Uri BaseUri { get; private set; } = null!;

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <param name="settings">Configuration on top of the app's own.</param>
    /// <param name="configure">Services of the test's own.</param>
    /// <param name="dataDirectory">
    /// A data directory to share with other servers (one taking over from another); the caller deletes it. Without one,
    /// the server gets a temporary directory of its own, deleted when it stops.
    /// </param>
    public static async Task<RunningServer> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder>? configure = null, string? dataDirectory = null)
    {
        var data = dataDirectory ?? Directory.CreateTempSubdirectory("ib-server-").FullName;
        var all = new Dictionary<string, string?>(settings) { ["Coach:DataDirectory"] = data };
        var app = ServerApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(all);
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        });
        var server = new RunningServer(app, data, ownsData: dataDirectory is null);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    /// <summary>Creates a live session for Dana (interviewer) and Sam over <c>POST /api/sessions</c>: its id, media URL and token.</summary>
    public Task<(string Id, Uri MediaUrl, string Token)> CreateMediaSessionAsync(HttpClient http, string apiKey) => CreateMediaSessionAsync(BaseUri, http, apiKey);

    /// <summary>The same, on any server at <paramref name="baseUri"/> (one in its own process, say).</summary>
    public static async Task<(string Id, Uri MediaUrl, string Token)> CreateMediaSessionAsync(Uri baseUri, HttpClient http, string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri, "api/sessions"))
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["goal"] = SpokenInterview.Goal,
                ["participants"] = new JsonArray(
                    new JsonObject { ["index"] = 0, ["id"] = "dana", ["name"] = "Dana", ["role"] = "interviewer" },
                    new JsonObject { ["index"] = 1, ["id"] = "sam", ["name"] = "Sam", ["role"] = "interviewee" }),
            }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        return (body["session_id"]!.GetValue<string>(), new Uri(body["media_url"]!.GetValue<string>()), body["token"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (!_ownsData) return;
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A journal still closing; the temp folder is cleaned by the OS.
        }
    }
}
