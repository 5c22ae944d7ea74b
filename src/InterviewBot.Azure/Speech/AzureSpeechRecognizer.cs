using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InterviewBot.Core.Ports;

namespace InterviewBot.Azure.Speech;

/// <summary>
/// Azure AI Speech, speech-to-text REST API for short audio: one request per segment (≤ 30 s),
/// <c>audio/wav; codecs=audio/pcm; samplerate=16000</c>, detailed format; the best NBest entry's
/// Display text and confidence. NoMatch and silence timeouts are results, not errors.
/// </summary>
public sealed class AzureSpeechRecognizer(HttpClient http, SpeechRecognizerOptions options) : ISpeechRecognizer
{
    public async Task<RecognitionResult> RecognizeAsync(SegmentAudio segment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var uri = new Uri(options.Endpoint!, $"/speech/recognition/conversation/cognitiveservices/v1?language={Uri.EscapeDataString(options.Language)}&format=detailed");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Headers.Add("Ocp-Apim-Subscription-Key", options.Key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = new ByteArrayContent(WavEncoding.Pcm16Mono16k(segment.Samples.Span));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "audio/wav; codecs=audio/pcm; samplerate=16000");

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
            return Failed($"Azure Speech refused the credentials ({(int)response.StatusCode})");
        if (!response.IsSuccessStatusCode) return Failed($"Azure Speech answered {(int)response.StatusCode}");
        return Parse(body);
    }

    private static RecognitionResult Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var status = root.TryGetProperty("RecognitionStatus", out var s) ? s.GetString() : null;
            if (status is "NoMatch" or "InitialSilenceTimeout" or "BabbleTimeout") return new RecognitionResult(RecognitionStatus.NoMatch, "", 0);
            if (status != "Success") return Failed($"Azure Speech status {status ?? "missing"}");
            if (root.TryGetProperty("NBest", out var nbest) && nbest.ValueKind == JsonValueKind.Array && nbest.GetArrayLength() > 0)
            {
                var best = nbest[0];
                return new RecognitionResult(RecognitionStatus.Recognized, best.GetProperty("Display").GetString() ?? "",
                    best.TryGetProperty("Confidence", out var c) ? c.GetDouble() : 1.0);
            }
            return new RecognitionResult(RecognitionStatus.Recognized, root.GetProperty("DisplayText").GetString() ?? "", 1.0);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Failed($"Azure Speech answer is not the documented JSON: {ex.Message}");
        }
    }

    private static RecognitionResult Failed(string why) => new(RecognitionStatus.Failed, why, 0);
}
