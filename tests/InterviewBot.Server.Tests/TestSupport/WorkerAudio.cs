using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;
using InterviewBot.Server.Tests.EndToEnd;

namespace InterviewBot.Server.Tests.TestSupport;

/// <summary>What a media worker sends: the spoken interview's two channels as ingest frames, and a wait until the server heard them.</summary>
internal static class WorkerAudio
{
    /// <summary>Sends samples [<paramref name="from"/>, <paramref name="to"/>) of both channels, 20 ms per frame.</summary>
    public static async Task SendAsync(IngestClient client, short[][] channels, int from, int to)
    {
        for (var sample = from; sample + 320 <= Math.Min(to, channels[0].Length); sample += 320)
            for (var c = 0; c < 2; c++)
                await client.SendBinaryAsync(IngestFrame.Write(c, TimeSpan.FromMilliseconds(sample / 16.0), channels[c].AsSpan(sample, 320)));
    }

    /// <summary>Waits until the session has heard <paramref name="samples"/>, then a moment for its nudges to reach the chat.</summary>
    public static async Task WaitHeardAsync(MediaSessions sessions, string sessionId, int samples)
    {
        var heard = TimeSpan.FromSeconds((samples - 320) / 16000.0);
        for (var i = 0; i < 400 && (sessions.Find(sessionId)?.Session.HeardUntil ?? TimeSpan.Zero) < heard; i++) await Task.Delay(50);
        // Heard is not yet journaled: in a cluster every event goes to the session's grain first. Wait until the session
        // has applied (so journaled) up to the last whole second heard, so a server taking it up goes on from there.
        var applied = TimeSpan.FromSeconds(Math.Floor(heard.TotalSeconds));
        for (var i = 0; i < 600 && sessions.Find(sessionId) is { } live && live.Session.View.Now < applied && !live.Session.Faulted; i++) await Task.Delay(50);
        // The session's nudges are delivered on its own consumer: give the last ones a moment to reach the chat.
        await Task.Delay(500);
    }
}
