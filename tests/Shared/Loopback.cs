using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Tests.Shared;

/// <summary>A Kestrel server on 127.0.0.1 with a free port; subclasses map the routes of the service they stand in for (linked into every test project that needs one).</summary>
internal abstract class Loopback : IAsyncDisposable
{
    protected Loopback()
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
        BaseUri = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
