using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Media.Tests.Live;

public class LiveAudioSessionTests
{
    private sealed class MemoryJournal : ISessionJournal
    {
        public List<SessionEvent> Events { get; } = [];

        public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
        {
            lock (Events) Events.Add(e);
            return ValueTask.CompletedTask;
        }

        public Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) =>
            Task.FromResult(JournalCodec.Decode(Events.SelectMany(JournalCodec.EncodeLine).ToArray()));
    }

    private sealed class Recorder : INudgeSink
    {
        public List<Nudge> Nudges { get; } = [];

        public ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
        {
            Nudges.Add(nudge);
            return ValueTask.CompletedTask;
        }
    }

    private static readonly Participant[] s_people = [new("er", "Dana", ParticipantRole.Interviewer), new("ee", "Sam", ParticipantRole.Interviewee)];

    private static short[] Voice(int frames) =>
        Enumerable.Range(0, frames * 320).Select(i => (short)(9000 * Math.Sin(2 * Math.PI * 220 * i / 16_000.0) * (0.7 + 0.3 * Math.Sin(2 * Math.PI * 4 * i / 16_000.0)))).ToArray();

    [Fact]
    public async Task InterviewerTalkingForAMinute_IsAMonologueNudge_FromLiveFrames()
    {
        var journal = new MemoryJournal();
        var sink = new Recorder();
        var time = new FakeTimeProvider();
        await using var session = await LiveAudioSession.StartAsync("s", SessionSetup.Empty, s_people, journal, [sink], null, 4, time, CancellationToken.None);
        var voice = Voice(70 * 50); // 70 s with syllable-rate loudness changes, as speech has
        var silence = new short[320];

        for (var f = 0; f < 100 * 50; f++) // 100 s, 20 ms at a time, both speakers
        {
            var at = TimeSpan.FromMilliseconds(20 * f);
            var talking = f >= 250 && f < 250 + 70 * 50;
            await session.AcceptAsync("er", at, talking ? voice.AsMemory((f - 250) * 320, 320) : silence, CancellationToken.None);
            await session.AcceptAsync("ee", at, silence, CancellationToken.None);
        }
        var view = await session.EndAsync("done", CancellationToken.None);

        var monologue = Assert.Single(sink.Nudges, n => n.Kind == NudgeKinds.Monologue);
        Assert.InRange(monologue.At.TotalSeconds, 65, 66.1); // a monologue from 65 s: sent with the next tick, fresh or never
        Assert.True(view.AudioOnly);
        Assert.Equal(100, journal.Events.OfType<MediaTick>().Count());
    }

    [Fact]
    public async Task UnknownParticipant_IsRefused_AndJoiningMakesThemKnown()
    {
        await using var session = await LiveAudioSession.StartAsync("s", SessionSetup.Empty, s_people, new MemoryJournal(), [], null, 4, new FakeTimeProvider(), CancellationToken.None);

        var before = await session.AcceptAsync("guest", TimeSpan.Zero, new short[320], CancellationToken.None);
        await session.JoinAsync(new Participant("guest", "Guest", ParticipantRole.Observer), CancellationToken.None);
        var after = await session.AcceptAsync("guest", TimeSpan.Zero, new short[320], CancellationToken.None);

        Assert.Equal((false, true), (before, after));
    }

    [Fact]
    public async Task AfterTheEnd_NoAudioIsTaken()
    {
        await using var session = await LiveAudioSession.StartAsync("s", SessionSetup.Empty, s_people, new MemoryJournal(), [], null, 4, new FakeTimeProvider(), CancellationToken.None);
        await session.EndAsync("done", CancellationToken.None);

        Assert.False(await session.AcceptAsync("er", TimeSpan.Zero, new short[320], CancellationToken.None));
    }

    [Fact]
    public async Task IdleTime_IsWallClockSinceTheLastAudio()
    {
        var time = new FakeTimeProvider();
        await using var session = await LiveAudioSession.StartAsync("s", SessionSetup.Empty, s_people, new MemoryJournal(), [], null, 4, time, CancellationToken.None);
        await session.AcceptAsync("er", TimeSpan.Zero, new short[320], CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), session.Idle);
    }
}
