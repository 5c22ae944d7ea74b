using System.Collections.Concurrent;
using InterviewBot.Tests.Shared;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Azure.Tests;

/// <summary>A loopback server answering from a script of canned replies in order (503 once the script runs out).</summary>
internal abstract class LoopbackServer : Loopback
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    protected void Enqueue(Func<HttpContext, Task> reply) => _script.Enqueue(reply);

    /// <summary>Answers with the next scripted reply.</summary>
    protected Task ReplyNextAsync(HttpContext ctx)
    {
        if (_script.TryDequeue(out var reply)) return reply(ctx);
        ctx.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Task.CompletedTask;
    }
}
