using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Azure.Tests.PostCall;

/// <summary>
/// A loopback server that speaks the chat-completions shape (POST {base}/chat/completions, and
/// Azure's /openai/deployments/{name}/chat/completions), answering from a script of canned replies.
/// </summary>
internal sealed class ChatCompletionsServer : LoopbackServer
{
    public ChatCompletionsServer()
    {
        App.MapPost("/v1/chat/completions", HandleAsync);
        App.MapPost("/openai/deployments/{deployment}/chat/completions", HandleAsync);
    }

    public List<Recorded> Requests { get; } = [];

    /// <summary>Answers with a chat completion whose message content is <paramref name="content"/>.</summary>
    public void ReplyContent(string content) => Enqueue(ctx => ctx.Response.WriteAsJsonAsync(Completion(content)));

    public void ReplyDraft(object draft) => ReplyContent(JsonSerializer.Serialize(draft));

    public void ReplyStatus(int status, string? retryAfter = null) => Enqueue(ctx =>
    {
        ctx.Response.StatusCode = status;
        if (retryAfter is not null) ctx.Response.Headers.RetryAfter = retryAfter;
        return ctx.Response.WriteAsJsonAsync(new { error = new { message = $"status {status}", type = "server_error" } });
    });

    public void ReplyAfter(TimeSpan delay, object draft) => Enqueue(async ctx =>
    {
        await Task.Delay(delay, TimeProvider.System, ctx.RequestAborted);
        await ctx.Response.WriteAsJsonAsync(Completion(JsonSerializer.Serialize(draft)));
    });

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var body = await reader.ReadToEndAsync();
        lock (Requests) Requests.Add(new Recorded(ctx.Request.Path, ctx.Request.Headers.Authorization.ToString(), ctx.Request.Headers["api-key"].ToString(), body));
        await ReplyNextAsync(ctx);
    }

    private static object Completion(string content) => new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    };

    internal sealed record Recorded(string Path, string Authorization, string ApiKey, string Body);
}
