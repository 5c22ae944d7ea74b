using InterviewBot.Teams.Connector;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace InterviewBot.Teams.Graph;

/// <summary>Signs Graph SDK requests with the bot's app-only token (none in local development, where the stand-in needs none).</summary>
internal sealed class AppTokenAuthentication(AppTokenProvider tokens) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
            request.Headers.Add("Authorization", "Bearer " + token);
    }
}
