using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Coach;

/// <summary>Answers to the person who sent an activity: a chat reply, or the body of an invoke response.</summary>
public sealed class Replies(ConnectorClient connector, ILogger<Replies> logger)
{
    /// <summary>Replies in the conversation the activity came from; a failed delivery is logged, not thrown.</summary>
    public async Task SendAsync(Activity to, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        try
        {
            await connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            logger.DeliveryFailed("reply", ex.Message);
        }
    }

    public Task TextAsync(Activity to, string text, CancellationToken cancellationToken) => SendAsync(to, Activity.Message(text), cancellationToken);

    /// <summary>An invoke answer that replaces the pressed card with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(200, JsonSerializer.SerializeToElement(new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = AdaptiveCard.ContentType,
            ["value"] = JsonNode.Parse(card.ToJson().GetRawText()),
        }, TeamsJsonContext.Default.JsonNode));
    }

    /// <summary>An invoke answer Teams shows as a short message under the card (plain text: markdown is not rendered there).</summary>
    public static InvokeResponse Message(string text) => new(200, JsonSerializer.SerializeToElement(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text.Replace("**", "", StringComparison.Ordinal),
    }, TeamsJsonContext.Default.JsonNode));
}
