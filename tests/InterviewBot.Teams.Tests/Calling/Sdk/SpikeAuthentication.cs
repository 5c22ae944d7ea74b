using System.Net.Http.Headers;
using Microsoft.Graph.Communications.Client.Authentication;

namespace InterviewBot.Teams.Tests.Calling.Sdk;

/// <summary>
/// The SDK's request-authentication seam as the spike plugs it: outbound requests carry the bot's Graph token; an
/// inbound notification is accepted only with the expected bearer (the real one will be our CallingTokenValidator).
/// </summary>
internal sealed class SpikeAuthentication(string botToken, string inboundToken, string tenantId) : IRequestAuthenticationProvider
{
    public int OutboundRequests;

    public Task AuthenticateOutboundRequestAsync(HttpRequestMessage request, string tenant)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interlocked.Increment(ref OutboundRequests);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", botToken);
        return Task.CompletedTask;
    }

    public Task<RequestValidationResult> ValidateInboundRequestAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ok = request.Headers.Authorization is { Scheme: "Bearer" } auth && auth.Parameter == inboundToken;
        return Task.FromResult(new RequestValidationResult { IsValid = ok, TenantId = ok ? tenantId : null });
    }
}
