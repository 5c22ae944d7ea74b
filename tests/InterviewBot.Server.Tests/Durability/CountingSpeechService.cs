using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Server.Tests.Durability;

/// <summary>
/// Azure Speech's short-audio REST endpoint on loopback, recognising every segment as a numbered line
/// ("Line 7 about the routes."), so each transcribed utterance is unique and a duplicate would show.
/// </summary>
internal sealed class CountingSpeechService : InterviewBot.Tests.Shared.Loopback
{
    private int _count;

    public CountingSpeechService() =>
        App.MapPost("/speech/recognition/conversation/cognitiveservices/v1", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            var n = Interlocked.Increment(ref _count);
            return Results.Text($$"""{"RecognitionStatus":"Success","Offset":0,"Duration":10000000,"DisplayText":"Line {{n}} about the routes."}""", "application/json");
        });

    public int Requests => Volatile.Read(ref _count);
}
