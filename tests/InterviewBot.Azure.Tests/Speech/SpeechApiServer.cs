using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Tests.Speech;

/// <summary>
/// A loopback server answering like Azure Speech's short-audio endpoint and an OpenAI-compatible
/// /audio/transcriptions, from a script of canned replies; it records what each request carried.
/// </summary>
internal sealed class SpeechApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    public SpeechApiServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/speech/recognition/conversation/cognitiveservices/v1", HandleAsync);
        _app.MapPost("/v1/audio/transcriptions", HandleAsync);
    }

    public List<Recorded> Requests { get; } = [];

    public Uri BaseUri { get; private set; } = null!;

    public async Task StartAsync()
    {
        await _app.StartAsync();
        BaseUri = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public void Reply(int status, string json, string? retryAfter = null, TimeSpan? delay = null) => _script.Enqueue(async ctx =>
    {
        if (delay is { } d) await Task.Delay(d, TimeProvider.System, ctx.RequestAborted);
        ctx.Response.StatusCode = status;
        if (retryAfter is not null) ctx.Response.Headers.RetryAfter = retryAfter;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(json);
    });

    private async Task HandleAsync(HttpContext ctx)
    {
        var form = ctx.Request.HasFormContentType ? await ctx.Request.ReadFormAsync() : null;
        byte[] body;
        if (form?.Files.Count > 0)
        {
            using var ms = new MemoryStream();
            await form.Files[0].CopyToAsync(ms);
            body = ms.ToArray();
        }
        else
        {
            using var ms = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(ms);
            body = ms.ToArray();
        }
        lock (Requests)
        {
            Requests.Add(new Recorded(ctx.Request.Path, ctx.Request.QueryString.Value ?? "", ctx.Request.ContentType ?? "",
                ctx.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(), ctx.Request.Headers.Authorization.ToString(),
                form?.ToDictionary(f => f.Key, f => f.Value.ToString()) ?? [], body));
        }
        if (_script.TryDequeue(out var reply)) await reply(ctx);
        else ctx.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    internal sealed record Recorded(string Path, string Query, string ContentType, string Key, string Authorization, Dictionary<string, string> Form, byte[] Audio);
}
