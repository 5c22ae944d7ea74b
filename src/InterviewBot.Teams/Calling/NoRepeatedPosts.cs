using System.Net;
using System.Text;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// Keeps the calling SDK from sending a POST twice. The SDK's own transport (GraphHttpClient: 3 retries, 3 s apart, 15 s
/// per attempt, not configurable) repeats any request whose send throws — a timed-out join would put the bot in the
/// call twice — so for POST (join, answer, reject) a failed or timed-out send becomes a 504 answer, which it does not repeat.
/// </summary>
public sealed class NoRepeatedPosts : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != HttpMethod.Post) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or Polly.ExecutionRejectedException)
        {
            var error = new System.Text.Json.Nodes.JsonObject
            {
                ["error"] = new System.Text.Json.Nodes.JsonObject { ["code"] = "noAnswer", ["message"] = $"Microsoft Graph did not answer: {ex.Message}" },
            };
            return new HttpResponseMessage(HttpStatusCode.GatewayTimeout)
            {
                RequestMessage = request,
                Content = new StringContent(error.ToJsonString(), Encoding.UTF8, "application/json"),
            };
        }
    }
}
