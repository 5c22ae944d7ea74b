using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Azure.Speech;

/// <summary>Configuration of the speech recognizer (section <c>Speech</c>); keys come from user secrets or the environment.</summary>
public sealed class SpeechRecognizerOptions
{
    public const string Section = "Speech";

    /// <summary><c>azure</c> (Azure AI Speech, short-audio REST) or <c>openai</c> (an OpenAI-compatible /audio/transcriptions).</summary>
    [Required]
    [RegularExpression("^(azure|openai)$")]
    public string Provider { get; set; } = "azure";

    /// <summary>Azure: <c>https://REGION.stt.speech.microsoft.com</c>; OpenAI-compatible: the base URL ending before /audio.</summary>
    [Required]
    public Uri? Endpoint { get; set; }

    /// <summary>Azure Speech key (sent as Ocp-Apim-Subscription-Key) or OpenAI API key (Bearer). Never in appsettings.json.</summary>
    public string? Key { get; set; }

    /// <summary>Recognition language, e.g. <c>en-US</c>.</summary>
    [Required]
    public string Language { get; set; } = "en-US";

    /// <summary>OpenAI-compatible model name, e.g. <c>whisper-1</c>.</summary>
    public string Model { get; set; } = "whisper-1";

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
