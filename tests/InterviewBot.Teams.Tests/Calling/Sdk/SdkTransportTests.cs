using System.Net;
using System.Net.Sockets;
using InterviewBot.Teams.Calling;
using Microsoft.Graph.Communications.Calls;
using Microsoft.Graph.Communications.Client;
using Microsoft.Graph.Communications.Common.Telemetry;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace InterviewBot.Teams.Tests.Calling.Sdk;

/// <summary>
/// What the calling SDK's own transport does when Graph cannot be reached (a closed loopback port): it sends the request
/// again, POST included, three more times; with <see cref="NoRepeatedPosts"/> under it a join is sent once and fails with 504.
/// </summary>
public sealed class SdkTransportTests
{
    private static readonly Uri Unreachable = ClosedPort();

    [Fact]
    public async Task Without_the_guard_the_sdk_sends_a_join_that_found_no_server_four_times()
    {
        var attempts = new Attempts(new HttpClientHandler());
        using var client = Client(attempts);

        var failed = await Assert.ThrowsAnyAsync<ApiException>(() => JoinAsync(client)); // the SDK's ServiceException

        Assert.IsType<HttpRequestException>(failed.InnerException);
        Assert.Equal(4, attempts.Count);
    }

    [Fact]
    public async Task With_NoRepeatedPosts_a_join_that_found_no_server_is_sent_once_and_fails_with_504()
    {
        var attempts = new Attempts(new HttpClientHandler());
        using var client = Client(new NoRepeatedPosts { InnerHandler = attempts });

        var failed = await Assert.ThrowsAnyAsync<ApiException>(() => JoinAsync(client));

        Assert.Equal((1, 504), (attempts.Count, failed.ResponseStatusCode));
    }

    private static ICommunicationsClient Client(HttpMessageHandler handler) =>
        new CommunicationsClientBuilder("InterviewBot", "11111111-2222-3333-4444-555555555555", new GraphLogger("InterviewBot.Transport"))
            .SetAuthentication("11111111-2222-3333-4444-555555555555", new FixedToken("bot-graph-token"))
            .SetNotificationUrl(new Uri("https://bot.example/api/calling"))
            .SetServiceBaseUrl(LoopbackGraph.ServiceBaseFor(Unreachable)!)
            .SetHttpClient(new HttpClient(CommunicationsSdkOnLinuxTests.ToLoopback(Unreachable, handler)) { Timeout = Timeout.InfiniteTimeSpan }, [])
            .Build();

    private static Task<ICall> JoinAsync(ICommunicationsClient client) => client.Calls().AddAsync(new Call
    {
        TenantId = "tenant-1",
        ChatInfo = new ChatInfo { ThreadId = "19:meeting_abc@thread.v2", MessageId = "0" },
        MeetingInfo = new OrganizerMeetingInfo { Organizer = new IdentitySet { User = new Identity { Id = "aad-priya" } } },
    });

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1.0");
    }

    /// <summary>Counts the requests that reach the network.</summary>
    private sealed class Attempts(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
