using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using InterviewBot.Core.Ports;

namespace InterviewBot.Azure.Speech;

/// <summary>
/// An OpenAI-compatible <c>POST {endpoint}/audio/transcriptions</c> (OpenAI, Azure OpenAI deployments,
/// a self-hosted whisper server): multipart with the segment as a WAV file, the model and the language.
/// </summary>
public sealed class OpenAiTranscriptionRecognizer(HttpClient http, SpeechRecognizerOptions options) : ISpeechRecognizer
{
    public async Task<RecognitionResult> RecognizeAsync(SegmentAudio segment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var baseUri = options.Endpoint!.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{baseUri}/audio/transcriptions"));
        if (!string.IsNullOrEmpty(options.Key)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Key);
        var file = new ByteArrayContent(WavEncoding.Pcm16Mono16k(segment.Samples.Span));
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var language = options.Language.Split('-')[0].ToLower(CultureInfo.InvariantCulture);
        request.Content = new MultipartFormDataContent
        {
            { file, "file", "segment.wav" },
            { new StringContent(options.Model), "model" },
            { new StringContent(language), "language" },
            { new StringContent("json"), "response_format" },
        };

        var (body, failure) = await SpeechHttp.SendAsync(http, request, "the transcription service", cancellationToken).ConfigureAwait(false);
        if (failure is not null) return failure;
        try
        {
            using var doc = JsonDocument.Parse(body!);
            var text = doc.RootElement.GetProperty("text").GetString()?.Trim() ?? "";
            return text.Length == 0 ? new RecognitionResult(RecognitionStatus.NoMatch, "", 0) : new RecognitionResult(RecognitionStatus.Recognized, text, 1.0);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return SpeechHttp.Failed($"the transcription answer is not JSON with \"text\": {ex.Message}");
        }
    }
}
