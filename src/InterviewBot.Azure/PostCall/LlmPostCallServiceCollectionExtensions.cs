using InterviewBot.Core.ContentPack;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Synthesis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Azure.PostCall;

/// <summary>Registers the post-call, content-pack and synthesis writers chosen by configuration: <c>PostCall:Writer</c> = <c>embedded</c> (default) or <c>llm</c>.</summary>
public static class LlmPostCallServiceCollectionExtensions
{
    public const string HttpClientName = "InterviewBot.PostCall.Llm";

    public static IServiceCollection AddPostCallWriter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<EmbeddedPostCallWriter>();
        services.AddSingleton<EmbeddedContentPackWriter>();
        services.AddSingleton<EmbeddedSynthesisWriter>();
        var writer = configuration["PostCall:Writer"] ?? "embedded";
        if (!string.Equals(writer, "llm", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IPostCallWriter>(sp => sp.GetRequiredService<EmbeddedPostCallWriter>());
            services.AddSingleton<IContentPackWriter>(sp => sp.GetRequiredService<EmbeddedContentPackWriter>());
            services.AddSingleton<ISynthesisWriter>(sp => sp.GetRequiredService<EmbeddedSynthesisWriter>());
            return services;
        }

        services.AddOptions<LlmPostCallOptions>().Bind(configuration.GetSection(LlmPostCallOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HttpClientName, (sp, http) => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("llm", (builder, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<LlmPostCallOptions>>().Value;
                OutboundResilience.AddTimeoutsAndRetries(builder, o.TotalTimeout, o.AttemptTimeout, o.MaxRetries, o.RetryBaseDelay);
            });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<LlmPostCallOptions>>().Value;
            return LlmChatClientFactory.Create(o, sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));
        });
        services.AddSingleton<IPostCallWriter>(sp => new LlmPostCallWriter(
            sp.GetRequiredService<Microsoft.Extensions.AI.IChatClient>(),
            sp.GetRequiredService<IOptions<LlmPostCallOptions>>().Value,
            sp.GetRequiredService<ILogger<LlmPostCallWriter>>(),
            sp.GetRequiredService<EmbeddedPostCallWriter>()));
        services.AddSingleton<IContentPackWriter>(sp => new LlmContentPackWriter(
            sp.GetRequiredService<Microsoft.Extensions.AI.IChatClient>(),
            sp.GetRequiredService<ILogger<LlmContentPackWriter>>(),
            sp.GetRequiredService<EmbeddedContentPackWriter>()));
        services.AddSingleton<ISynthesisWriter>(sp => new LlmSynthesisWriter(
            sp.GetRequiredService<Microsoft.Extensions.AI.IChatClient>(),
            sp.GetRequiredService<IOptions<LlmPostCallOptions>>().Value,
            sp.GetRequiredService<ILogger<LlmSynthesisWriter>>(),
            sp.GetRequiredService<EmbeddedSynthesisWriter>()));
        return services;
    }
}
