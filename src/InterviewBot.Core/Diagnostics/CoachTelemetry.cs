using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace InterviewBot.Core.Diagnostics;

/// <summary>
/// The product's own traces and metrics (source and meter "InterviewBot"), recorded where the work happens and
/// exported by whatever the host wires up (OpenTelemetry to Azure Monitor or OTLP). Plain BCL diagnostics: no I/O here.
/// </summary>
public static class CoachTelemetry
{
    public const string Name = "InterviewBot";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Sessions whose consumer is running.</summary>
    public static readonly UpDownCounter<long> ActiveSessions = Meter.CreateUpDownCounter<long>("interviewbot.sessions.active", "{session}", "Sessions being coached");

    /// <summary>Nudges raised, tagged with the nudge id.</summary>
    public static readonly Counter<long> Nudges = Meter.CreateCounter<long>("interviewbot.nudges", "{nudge}", "Nudges raised, by nudge id");

    /// <summary>How late a nudge was sent: from the phrase end or metric crossing that raised it to the card sent (tags: nudge id, update).</summary>
    public static readonly Histogram<double> NudgeLateness = Meter.CreateHistogram<double>("interviewbot.nudge.lateness", "ms", "Moment that raised a nudge to the card being sent");

    public static readonly Histogram<double> RecognizerLatency = Meter.CreateHistogram<double>("interviewbot.recognizer.latency", "ms", "Time to transcribe one speech segment");

    public static readonly Histogram<double> FrameToMetricLatency = Meter.CreateHistogram<double>("interviewbot.frame_to_metric.latency", "ms", "Frame arrival to its metrics applied");

    public static readonly Histogram<double> PostCallDuration = Meter.CreateHistogram<double>("interviewbot.postcall.duration", "ms", "Writing and storing one session's post-call");
}
