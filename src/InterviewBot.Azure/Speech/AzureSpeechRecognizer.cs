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

        var (body, failure) = await SpeechHttp.SendAsync(http, request, "Azure Speech", cancellationToken).ConfigureAwait(false);
        if (failure is not null) return failure;
        return Parse(body!);
    }

    private static RecognitionResult Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var status = root.TryGetProperty("RecognitionStatus", out var s) ? s.GetString() : null;
            if (status is "NoMatch" or "InitialSilenceTimeout" or "BabbleTimeout") return new RecognitionResult(RecognitionStatus.NoMatch, "", 0);
            if (status != "Success") return SpeechHttp.Failed($"Azure Speech status {status ?? "missing"}");
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
            return SpeechHttp.Failed($"Azure Speech answer is not the documented JSON: {ex.Message}");
        }
    }
}
