using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a free port, answering from a script of canned replies in order
/// (503 once the script runs out). Subclasses map the routes of the service they stand in for.
/// </summary>
internal abstract class LoopbackServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    protected LoopbackServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        App = builder.Build();
    }

    protected WebApplication App { get; }

    public Uri BaseUri { get; private set; } = null!;

    public async Task StartAsync()
    {
        await App.StartAsync();
        BaseUri = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected void Enqueue(Func<HttpContext, Task> reply) => _script.Enqueue(reply);

    /// <summary>Answers with the next scripted reply.</summary>
    protected Task ReplyNextAsync(HttpContext ctx)
    {
        if (_script.TryDequeue(out var reply)) return reply(ctx);
        ctx.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
