using InterviewBot.Core.Sessions;
using InterviewBot.Core.Tests.TestSupport;
using InterviewBot.Media.Live;
using InterviewBot.Zoom.Rtms;
using InterviewBot.Zoom.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewBot.Zoom.Tests.Rtms;

/// <summary>The RTMS client against Zoom's published protocol on loopback: handshakes, per-speaker audio into the session, reconnects.</summary>
public sealed class RtmsClientTests : IAsyncLifetime
{
    private readonly FakeZoom _zoom = new() { Audio = [Tone(20, 440), Tone(20, 660)] };

    public Task InitializeAsync() => _zoom.StartAsync();

    public async Task DisposeAsync() => await _zoom.DisposeAsync();

    /// <summary>Seconds of a quiet tone at 16 kHz: audio the voice-activity detector may or may not call speech, which this test does not need.</summary>
    private static short[] Tone(int seconds, double hz) =>
        [.. Enumerable.Range(0, seconds * 16000).Select(i => (short)(8000 * Math.Sin(2 * Math.PI * hz * i / 16000)))];

    private static RtmsClient Client() => new(Options.Create(new ZoomOptions
    {
        ClientId = FakeZoom.ClientId, ClientSecret = FakeZoom.ClientSecret, ReconnectDelay = TimeSpan.FromMilliseconds(50), ReconnectAttempts = 3,
    }), TimeProvider.System, NullLogger<RtmsClient>.Instance);

    private async Task<(LiveAudioSession Session, TimeSpan Heard)> StreamAsync()
    {
        var session = await LiveAudioSession.StartAsync("session-zoom", SessionSetup.Empty, [new Participant("zoom-host", "Dana", ParticipantRole.Interviewer)],
            new MemoryJournal(), [], recognizer: null, backlogCapacity: 4, TimeProvider.System, CancellationToken.None);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var running = Client().RunAsync(new RtmsStart(FakeZoom.MeetingUuid, FakeZoom.StreamId, _zoom.SignalingUrl, "op-1"), session, stop.Token);
        await _zoom.Streamed.WaitAsync(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 100 && session.HeardUntil < TimeSpan.FromSeconds(19.5); i++) await Task.Delay(50);
        var heard = session.HeardUntil;
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // stopped by the test
        }
        return (session, heard);
    }

    [Fact]
    public async Task Stream_SignsBothHandshakes_AndEverySpeakersAudioReachesTheSession()
    {
        var (session, heard) = await StreamAsync();
        await using var _ = session;

        Assert.Equal(1, _zoom.SignalingHandshakes);
        Assert.Equal(1, _zoom.MediaConnections);
        Assert.Empty(_zoom.Log);
        Assert.True(_zoom.ClientReady >= 1, "the client never said it was ready for media");
        Assert.True(heard >= TimeSpan.FromSeconds(19.5), $"only {heard} of 20 s reached the session");
        Assert.True(session.Knows("zoom-host"));
    }

    [Fact]
    public async Task DroppedMediaSocket_IsReopened_AndTheAudioGoesOnWithoutGoingBackInTime()
    {
        _zoom.DropFirstMediaAfterChunks = 50;

        var (session, heard) = await StreamAsync();
        await using var _ = session;

        Assert.Equal(2, _zoom.MediaConnections);
        Assert.Empty(_zoom.Log); // every handshake, the reconnect's too, was signed right
        Assert.True(heard >= TimeSpan.FromSeconds(19.5), $"only {heard} of 20 s reached the session after the reconnect");
    }
}
