using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Azure.Tests.Speech;

/// <summary>
/// A loopback server answering like Azure Speech's short-audio endpoint and an OpenAI-compatible
/// /audio/transcriptions, from a script of canned replies; it records what each request carried.
/// </summary>
internal sealed class SpeechApiServer : LoopbackServer
{
    public SpeechApiServer()
    {
        App.MapPost("/speech/recognition/conversation/cognitiveservices/v1", HandleAsync);
        App.MapPost("/v1/audio/transcriptions", HandleAsync);
    }

    public List<Recorded> Requests { get; } = [];

    public void Reply(int status, string json, string? retryAfter = null, TimeSpan? delay = null) => Enqueue(async ctx =>
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
        using var audio = new MemoryStream();
        if (form?.Files.Count > 0) await form.Files[0].CopyToAsync(audio);
        else await ctx.Request.Body.CopyToAsync(audio);
        lock (Requests)
        {
            Requests.Add(new Recorded(ctx.Request.Path, ctx.Request.QueryString.Value ?? "", ctx.Request.ContentType ?? "",
                ctx.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(), ctx.Request.Headers.Authorization.ToString(),
                form?.ToDictionary(f => f.Key, f => f.Value.ToString()) ?? [], audio.ToArray()));
        }
        await ReplyNextAsync(ctx);
    }

    internal sealed record Recorded(string Path, string Query, string ContentType, string Key, string Authorization, Dictionary<string, string> Form, byte[] Audio);
}
