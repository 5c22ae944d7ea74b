using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;

namespace InterviewBot.Azure.PostCall;

/// <summary>
/// Builds the <see cref="IChatClient"/> for the configured provider over our own HttpClient, whose
/// resilience handler owns timeouts and retries; the SDKs' own retries are switched off so that a
/// request is never retried twice over.
/// </summary>
public static class LlmChatClientFactory
{
    public static IChatClient Create(LlmPostCallOptions options, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(options);
        var transport = new HttpClientPipelineTransport(http);
        var key = new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unset" : options.ApiKey);
        if (options.Provider == "azure")
        {
            var azure = new AzureOpenAIClientOptions { Transport = transport, RetryPolicy = new ClientRetryPolicy(0), NetworkTimeout = Timeout.InfiniteTimeSpan };
            return new AzureOpenAIClient(options.Endpoint!, key, azure).GetChatClient(options.Model).AsIChatClient();
        }
        var openAi = new OpenAIClientOptions { Endpoint = options.Endpoint, Transport = transport, RetryPolicy = new ClientRetryPolicy(0), NetworkTimeout = Timeout.InfiniteTimeSpan };
        return new OpenAIClient(key, openAi).GetChatClient(options.Model).AsIChatClient();
    }
}
