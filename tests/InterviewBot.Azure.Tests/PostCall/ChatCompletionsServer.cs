using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Tests.PostCall;

/// <summary>
/// A loopback HTTP server that speaks the chat-completions shape (POST {base}/chat/completions, and
/// Azure's /openai/deployments/{name}/chat/completions), answering from a script of canned replies.
/// </summary>
internal sealed class ChatCompletionsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    public ChatCompletionsServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/chat/completions", HandleAsync);
        _app.MapPost("/openai/deployments/{deployment}/chat/completions", HandleAsync);
    }

    public List<Recorded> Requests { get; } = [];

    public Uri BaseUri { get; private set; } = null!;

    public async Task StartAsync()
    {
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address);
    }

    /// <summary>Answers with a chat completion whose message content is <paramref name="content"/>.</summary>
    public void ReplyContent(string content) => _script.Enqueue(ctx => ctx.Response.WriteAsJsonAsync(Completion(content)));

    public void ReplyDraft(object draft) => ReplyContent(JsonSerializer.Serialize(draft));

    public void ReplyStatus(int status, string? retryAfter = null) => _script.Enqueue(ctx =>
    {
        ctx.Response.StatusCode = status;
        if (retryAfter is not null) ctx.Response.Headers.RetryAfter = retryAfter;
        return ctx.Response.WriteAsJsonAsync(new { error = new { message = $"status {status}", type = "server_error" } });
    });

    public void ReplyAfter(TimeSpan delay, object draft) => _script.Enqueue(async ctx =>
    {
        await Task.Delay(delay, TimeProvider.System, ctx.RequestAborted);
        await ctx.Response.WriteAsJsonAsync(Completion(JsonSerializer.Serialize(draft)));
    });

    private async Task HandleAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var body = await reader.ReadToEndAsync();
        lock (Requests) Requests.Add(new Recorded(ctx.Request.Path, ctx.Request.Headers.Authorization.ToString(), ctx.Request.Headers["api-key"].ToString(), body));
        if (_script.TryDequeue(out var reply)) await reply(ctx);
        else ctx.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
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

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    internal sealed record Recorded(string Path, string Authorization, string ApiKey, string Body);
}
