using System.Globalization;
using System.Net;
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

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            // Unreachable, too slow after every retry, or resting after repeated failures: a failed segment, not a crash.
            return new RecognitionResult(RecognitionStatus.Failed, $"speech service unavailable: {ex.GetType().Name}", 0);
        }
        using var _ = response;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return new RecognitionResult(RecognitionStatus.Failed, $"the transcription service refused the credentials ({(int)response.StatusCode})", 0);
        if (!response.IsSuccessStatusCode) return new RecognitionResult(RecognitionStatus.Failed, $"the transcription service answered {(int)response.StatusCode}", 0);
        try
        {
            using var doc = JsonDocument.Parse(body);
            var text = doc.RootElement.GetProperty("text").GetString()?.Trim() ?? "";
            return text.Length == 0 ? new RecognitionResult(RecognitionStatus.NoMatch, "", 0) : new RecognitionResult(RecognitionStatus.Recognized, text, 1.0);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new RecognitionResult(RecognitionStatus.Failed, $"the transcription answer is not JSON with \"text\": {ex.Message}", 0);
        }
    }
}
