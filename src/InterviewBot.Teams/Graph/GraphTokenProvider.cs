using InterviewBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Graph;

/// <summary>The bot's app-only token for Microsoft Graph (its tenant's token endpoint, scope <c>Graph:Scope</c>).</summary>
public sealed class GraphTokenProvider(HttpClient http, IOptions<BotOptions> options, IOptions<GraphOptions> graph, TimeProvider time)
    : AppTokenProvider(http, options, time, graph.Value.Scope);
