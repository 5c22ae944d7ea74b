using InterviewBot.Media.Webhooks;

namespace InterviewBot.Server;

/// <summary>What every webhook endpoint hands its vendor adapter: the raw body (signatures are over the exact bytes) and the headers.</summary>
internal static class WebhookBody
{
    /// <summary>Webhook bodies are small; anything larger is refused before it is read whole.</summary>
    private const int MaxBytes = 1024 * 1024;

    public static async Task<byte[]> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBytes) throw new BadHttpRequestException($"a webhook is at most {MaxBytes / 1024} KB", StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    public static WebhookHeaders Headers(HttpContext context) => name => context.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
}
