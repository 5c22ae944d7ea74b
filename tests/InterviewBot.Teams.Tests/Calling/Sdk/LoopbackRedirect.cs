namespace InterviewBot.Teams.Tests.Calling.Sdk;

/// <summary>
/// Sends requests for the SDK's https service base to the plain-http loopback stand-in: the builder refuses any
/// non-https base URL, so the test names an https host and this handler moves the request to loopback.
/// </summary>
internal sealed class LoopbackRedirect(Uri loopback) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = loopback.Scheme, Host = loopback.Host, Port = loopback.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
