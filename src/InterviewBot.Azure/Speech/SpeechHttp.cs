using System.Net;
using InterviewBot.Core.Ports;

namespace InterviewBot.Azure.Speech;

/// <summary>
/// What both recognizers do with the wire: send through the resilient client, and turn an unreachable,
/// too-slow or resting service, refused credentials or any other error status into a Failed result.
/// </summary>
internal static class SpeechHttp
{
    /// <summary>The answer's body on success; otherwise the failed result to return.</summary>
    public static async Task<(string? Body, RecognitionResult? Failure)> SendAsync(HttpClient http, HttpRequestMessage request, string service, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            // Unreachable, too slow after every retry, or resting after repeated failures: a failed segment, not a crash.
            return (null, Failed($"speech service unavailable: {ex.GetType().Name}"));
        }
        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                return (null, Failed($"{service} refused the credentials ({(int)response.StatusCode})"));
            if (!response.IsSuccessStatusCode) return (null, Failed($"{service} answered {(int)response.StatusCode}"));
            return (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), null);
        }
    }

    public static RecognitionResult Failed(string why) => new(RecognitionStatus.Failed, why, 0);
}
