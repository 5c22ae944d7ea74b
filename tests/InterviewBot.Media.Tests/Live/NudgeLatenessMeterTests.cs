using System.Diagnostics.Metrics;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Media.Live;

namespace InterviewBot.Media.Tests.Live;

public class NudgeLatenessMeterTests
{
    [Fact]
    public async Task Delivery_RecordsMediaLatenessPlusTheWallTimeSinceTheDecidingEventWasPosted()
    {
        var recorded = new List<(double Ms, string? Kind)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CoachTelemetry.Name && instrument.Name == "interviewbot.nudge.lateness") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var t in tags) if (t.Key == "nudge" && (string?)t.Value == NudgeKinds.Monologue) lock (recorded) recorded.Add((value, (string?)t.Value));
        });
        listener.Start();
        var time = new ManualClock();
        var meter = new NudgeLatenessMeter(time);

        meter.Posted(TimeSpan.FromSeconds(61));
        time.Advance(TimeSpan.FromMilliseconds(40)); // journal and sinks before this one
        await meter.DeliverAsync("s1", new Nudge(NudgeKinds.Monologue, TimeSpan.FromSeconds(61), "dana", "", "m", "s") { Moment = TimeSpan.FromSeconds(60) }, CancellationToken.None);

        var (ms, _) = Assert.Single(recorded);
        Assert.Equal(1040, ms, precision: 3);
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
