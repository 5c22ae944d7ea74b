using System.Net;
using InterviewBot.Teams.Graph;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// Lets the calling SDK reach a plain-http Graph stand-in on loopback (local development, tests): the SDK's builder
/// refuses any non-https service base URL, so it is given the https form of <c>Graph:BaseUrl</c> and this handler sends
/// each request back to http. Real Graph is https and passes through untouched; http anywhere but loopback is refused.
/// </summary>
public sealed class LoopbackGraph(IOptions<GraphOptions> graph) : DelegatingHandler
{
    /// <summary>The https base URL the SDK is given for <paramref name="baseUrl"/>; null when it is http off loopback.</summary>
    public static Uri? ServiceBaseFor(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (baseUrl.Scheme == Uri.UriSchemeHttps) return baseUrl;
        if (!IsLoopbackHttp(baseUrl)) return null;
        return new UriBuilder(baseUrl) { Scheme = Uri.UriSchemeHttps, Port = baseUrl.Port }.Uri;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = graph.Value.BaseUrl;
        if (IsLoopbackHttp(configured) && request.RequestUri is { } uri && uri.Scheme == Uri.UriSchemeHttps
            && string.Equals(uri.Host, configured.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == configured.Port)
            request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp, Port = configured.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }

    private static bool IsLoopbackHttp(Uri url) =>
        url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)));
}
