namespace InterviewBot.Core.Audio.Vad;

/// <summary>
/// Energy-based voice activity for one speaker's stream, relative to that speaker's own noise floor —
/// the quietest level of the last few seconds (minimum statistics), so steady background noise and a
/// loud or quiet line are judged alike — with onset/hold hysteresis, a minimum speech length and a
/// hangover. Decisions read a level smoothed over 60 ms, because a single 20 ms frame of noise swings by
/// several dB and would keep a segment open; boundaries are dated by the unsmoothed frames, so they stay
/// exact. Allocation-free per frame: a frame in, at most one transition out.
/// </summary>
public sealed class VoiceActivityDetector(VoiceActivityOptions options)
{
    private const int FloorWindowFrames = 250; // 5 s: long enough to contain pauses between words
    private const int SmoothingFrames = 3;
    private const int MaxOnsetGapFrames = 3;   // a word may open with short bursts ("It p-ushes"): gaps this short join them
    private readonly double[] _recentLevels = new double[FloorWindowFrames];
    private int _levelCount;
    private int _levelNext;
    private readonly double[] _recentEnergy = new double[SmoothingFrames];
    private int _energyNext;
    private const double HighPassPole = 0.977; // 1 / (1 + 2π·60 Hz / 16 kHz)
    private double _highPass;
    private double _previousSample;

    private readonly int _minSpeechFrames = Math.Max(1, (int)Math.Round(options.MinimumSpeech / AudioFrame.Duration));
    private readonly int _minSilenceFrames = Math.Max(1, (int)Math.Round(options.MinimumSilence / AudioFrame.Duration));
    private bool _speaking;
    private int _voicedRun;           // voiced frames since a possible start
    private int _gap;                 // unvoiced frames since the last voiced one
    private TimeSpan _runStart;       // when a possible start began
    private TimeSpan _lastVoiced;     // end of the last voiced frame

    public bool IsSpeaking => _speaking;

    /// <summary>Feeds one 20 ms frame; returns a transition when speech starts or ends (dated to the first or last voiced frame).</summary>
    public VadTransition? Process(ReadOnlySpan<short> frame, TimeSpan at)
    {
        var energy = Energy(frame);
        var level = Db(energy);
        var smoothed = Db(Smooth(energy));
        var floor = Remember(smoothed);
        var threshold = floor + (_speaking ? options.HoldDb : options.OnsetDb);
        var voiced = smoothed > options.AbsoluteFloorDbfs && smoothed > threshold;
        // The frame itself, not the smoothed level, says where speech begins and ends.
        var frameVoiced = level > options.AbsoluteFloorDbfs && level > threshold;

        if (!_speaking)
        {
            if (!frameVoiced)
            {
                if (_voicedRun > 0 && ++_gap > MaxOnsetGapFrames) _voicedRun = 0;
                return null;
            }
            if (_voicedRun == 0) _runStart = at;
            _voicedRun++;
            _gap = 0;
            if (_voicedRun < _minSpeechFrames) return null;
            _speaking = true;
            _voicedRun = 0;
            _lastVoiced = at + AudioFrame.Duration;
            return new VadTransition(VadTransitionKind.Started, _runStart);
        }

        if (voiced)
        {
            // A noise spike after the words does not move the end: only frames inside smoothed speech count.
            if (frameVoiced) _lastVoiced = at + AudioFrame.Duration;
            _gap = 0;
            return null;
        }
        if (++_gap < _minSilenceFrames) return null;
        _speaking = false;
        _gap = 0;
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

    private double Smooth(double energy)
    {
        _recentEnergy[_energyNext] = energy;
        _energyNext = (_energyNext + 1) % SmoothingFrames;
        var sum = 0.0;
        foreach (var e in _recentEnergy) sum += e;
        return sum / SmoothingFrames;
    }

    /// <summary>
    /// Mean square of the frame after a first-order high-pass at about 60 Hz (full scale = 1): rumble, hum and the
    /// slow swells of background noise carry little speech but most of the level swings that would pass for it.
    /// </summary>
    private double Energy(ReadOnlySpan<short> frame)
    {
        if (frame.IsEmpty) return 0;
        // Locals, not fields, inside the loop: the filter's state stays in registers.
        double energy = 0, y = _highPass, previous = _previousSample;
        foreach (var s in frame)
        {
            y = HighPassPole * (y + s - previous);
            previous = s;
            energy += y * y;
        }
        (_highPass, _previousSample) = (y, previous);
        return energy / frame.Length / (32768.0 * 32768.0);
    }

    private static double Db(double energy) => 10 * Math.Log10(energy + 1e-18);
}

/// <summary>Speech began or ended at a media time.</summary>
public readonly record struct VadTransition(VadTransitionKind Kind, TimeSpan At);

/// <summary>Which way voice activity changed.</summary>
public enum VadTransitionKind
{
    Started,
    Ended,
}
