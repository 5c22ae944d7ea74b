using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Azure.PostCall;

/// <summary>Configuration of the LLM post-call writer (section <c>PostCall:Llm</c>); the key comes from user secrets or the environment.</summary>
public sealed class LlmPostCallOptions
{
    public const string Section = "PostCall:Llm";

    /// <summary><c>openai</c> for any OpenAI-compatible endpoint, <c>azure</c> for an Azure OpenAI resource.</summary>
    [Required]
    [RegularExpression("^(openai|azure)$")]
    public string Provider { get; set; } = "openai";

    /// <summary>Base URL: <c>https://api.openai.com/v1</c>, a self-hosted server, or <c>https://NAME.openai.azure.com</c>.</summary>
    [Required]
    public Uri? Endpoint { get; set; }

    /// <summary>The model name (OpenAI-compatible) or the deployment name (Azure).</summary>
    [Required]
    public string Model { get; set; } = "";

    /// <summary>Never in appsettings.json: set it with user secrets or <c>InterviewBot__PostCall__Llm__ApiKey</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How much transcript goes into one request; longer interviews are sent in chunks.</summary>
    [Range(2_000, 400_000)]
    public int MaxTranscriptCharsPerRequest { get; set; } = 24_000;

    /// <summary>One attempt's limit; retries (429 with Retry-After, 5xx) come on top, within <see cref="TotalTimeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off between retries (exponential, with jitter) when the server gives no Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
