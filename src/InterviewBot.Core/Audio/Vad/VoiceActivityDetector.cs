namespace InterviewBot.Core.Audio.Vad;

/// <summary>
/// Energy-based voice activity for one speaker's stream, relative to that speaker's own noise floor —
/// the quietest level of the last few seconds (minimum statistics), so steady background noise and a
/// loud or quiet line are judged alike — with onset/hold hysteresis, a minimum speech length and a
/// hangover. Allocation-free per frame: a frame in, at most one transition out.
/// </summary>
public sealed class VoiceActivityDetector(VoiceActivityOptions options)
{
    private const int FloorWindowFrames = 250; // 5 s: long enough to contain pauses between words
    private readonly double[] _recentLevels = new double[FloorWindowFrames];
    private int _levelCount;
    private int _levelNext;

    private readonly int _minSpeechFrames = Math.Max(1, (int)Math.Round(options.MinimumSpeech / AudioFrame.Duration));
    private readonly int _minSilenceFrames = Math.Max(1, (int)Math.Round(options.MinimumSilence / AudioFrame.Duration));
    private bool _speaking;
    private int _run;                 // consecutive frames on the other side of the decision
    private TimeSpan _runStart;       // when that run began
    private TimeSpan _lastVoiced;     // end of the last voiced frame

    public bool IsSpeaking => _speaking;

    /// <summary>Feeds one 20 ms frame; returns a transition when speech starts or ends (dated to the first or last voiced frame).</summary>
    public VadTransition? Process(ReadOnlySpan<short> frame, TimeSpan at)
    {
        var level = LevelDbfs(frame);
        var floor = Remember(level);
        var voiced = level > options.AbsoluteFloorDbfs && level > floor + (_speaking ? options.HoldDb : options.OnsetDb);

        if (!_speaking)
        {
            if (!voiced)
            {
                _run = 0;
                return null;
            }
            if (_run++ == 0) _runStart = at;
            if (_run < _minSpeechFrames) return null;
            _speaking = true;
            _run = 0;
            _lastVoiced = at + AudioFrame.Duration;
            return new VadTransition(VadTransitionKind.Started, _runStart);
        }

        if (voiced)
        {
            _run = 0;
            _lastVoiced = at + AudioFrame.Duration;
            return null;
        }
        if (++_run < _minSilenceFrames) return null;
        _speaking = false;
        _run = 0;
        return new VadTransition(VadTransitionKind.Ended, _lastVoiced);
    }

    /// <summary>Ends an open segment when the stream stops.</summary>
    public VadTransition? Flush() => _speaking ? new VadTransition(VadTransitionKind.Ended, _lastVoiced) : null;

    /// <summary>Adds the frame's level to the window and returns the window's minimum: the noise floor.</summary>
    private double Remember(double level)
    {
        _recentLevels[_levelNext] = level;
        _levelNext = (_levelNext + 1) % FloorWindowFrames;
        if (_levelCount < FloorWindowFrames) _levelCount++;
        var floor = double.MaxValue;
        for (var i = 0; i < _levelCount; i++)
            if (_recentLevels[i] < floor) floor = _recentLevels[i];
        return floor;
    }

    private static double LevelDbfs(ReadOnlySpan<short> frame)
    {
        if (frame.IsEmpty) return -120;
        double energy = 0;
        foreach (var s in frame) energy += (double)s * s;
        var rms = Math.Sqrt(energy / frame.Length) / 32768.0;
        return 20 * Math.Log10(rms + 1e-9);
    }
}

/// <summary>Speech began or ended at a media time.</summary>
public readonly record struct VadTransition(VadTransitionKind Kind, TimeSpan At);

/// <summary>Which way voice activity changed.</summary>
public enum VadTransitionKind
{
    Started,
    Ended,
}
