using InterviewBot.Core.Audio.Recognition;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// A session fed by live audio: per-participant streams → voice activity → segments → (recognizer, through a
/// bounded backlog) → the session's runner, with a tick per second of media time. Connections for the same
/// session may come and go (a resumed socket, one socket per participant); one lock keeps their frames in order.
/// Posting waits when the runner's inbox is full, which slows the socket, never grows memory.
/// </summary>
public sealed partial class LiveAudioSession : IAsyncDisposable
{
    private static readonly TimeSpan s_tick = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, SpeakerStream> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Participant> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byGatewayKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Name, bool? IsHost)> _gatewayNames = new(StringComparer.Ordinal);
    private readonly List<SessionEvent> _events = [];
    private readonly List<SegmentAudio> _completed = [];
    private readonly SessionRunner _runner;
    private readonly Task _running;
    private readonly RecognitionBacklog? _backlog;
    private readonly TimeProvider _time;
    private TimeSpan _heard;
    private TimeSpan _nextTick = s_tick;
    private long _lastMediaAt;
    private long _frameArrived;
    private MediaMetrics.Probe? _probe;
    private NudgeLatenessMeter _lateness = null!;

    private LiveAudioSession(string id, SessionRunner runner, ISpeechRecognizer? recognizer, int backlogCapacity, TimeProvider time, TimeSpan heard = default)
    {
        _heard = heard;
        _nextTick = TimeSpan.FromSeconds(Math.Floor(heard.TotalSeconds)) + s_tick;
        Id = id;
        _runner = runner;
        _time = time;
        _lastMediaAt = time.GetTimestamp();
        _running = runner.RunAsync(CancellationToken.None);
        if (recognizer is not null)
            _backlog = new RecognitionBacklog(recognizer, PostAsync, () => _heard, backlogCapacity);
    }

    public string Id { get; }

    public bool Ended { get; private set; }

    /// <summary>The session as its runner has it (read after <see cref="EndAsync"/> for the ended session).</summary>
    public ISessionView View => _runner.Session;

    /// <summary>True when the session's runner stopped on an error (its journal refused an event): this copy takes nothing more.</summary>
    public bool Faulted => _running.IsFaulted;

    /// <summary>Wall-clock time since media last arrived (for the idle timeout).</summary>
    public TimeSpan Idle => _time.GetElapsedTime(Interlocked.Read(ref _lastMediaAt));

    /// <summary>The furthest media time any participant's audio has reached.</summary>
    public TimeSpan HeardUntil => _heard;

    /// <summary>Samples dropped because they arrived for media time already past.</summary>
    public long LateSamples { get; private set; }

    public static async Task<LiveAudioSession> StartAsync(string id, SessionSetup setup, IReadOnlyList<Participant> participants, ISessionJournal journal,
        IReadOnlyList<INudgeSink> sinks, ISpeechRecognizer? recognizer, int backlogCapacity, TimeProvider time, CancellationToken cancellationToken,
        MediaMetrics? metrics = null, IReadOnlyList<ISessionObserver>? observers = null, NudgePolicyOptions? policy = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var probe = metrics?.ForSession();
        IReadOnlyList<ISessionObserver> watching = [.. observers ?? [], .. probe is null ? [] : new ISessionObserver[] { probe }];
        var lateness = new NudgeLatenessMeter(time);
        var runner = new SessionRunner(CoachFactory.CreateSession(policy), id, journal, [.. sinks, lateness], observers: watching);
        var session = new LiveAudioSession(id, runner, recognizer, backlogCapacity, time) { _probe = probe, _lateness = lateness };
        foreach (var p in participants)
        {
            session._streams[p.Id] = new SpeakerStream(p.Id, recognizer is null ? null : session._completed);
            session._people[p.Id] = p;
        }
        await runner.PostAsync(new SessionStarted(TimeSpan.Zero, id, setup, participants, AudioOnly: recognizer is null), cancellationToken).ConfigureAwait(false);
        return session;
    }

    /// <summary>
    /// Takes up an open session from what it journaled (this process, or another that crashed): the session is
    /// rebuilt by applying the journal again, nudges it raised but never journaled are delivered now, and every
    /// participant's audio goes on from the last journaled media time — anything a reconnecting client resends from
    /// before it is dropped as late, so no speech is applied twice.
    /// </summary>
    public static async Task<LiveAudioSession> ResumeAsync(string id, IReadOnlyList<SessionEvent> journaled, ISessionJournal journal,
        IReadOnlyList<INudgeSink> sinks, ISpeechRecognizer? recognizer, int backlogCapacity, TimeProvider time, CancellationToken cancellationToken,
        MediaMetrics? metrics = null, IReadOnlyList<ISessionObserver>? observers = null, NudgePolicyOptions? policy = null)
    {
        ArgumentNullException.ThrowIfNull(journaled);
        var rebuilt = SessionRebuilder.Rebuild(journaled, CoachFactory.CreateSession(policy));
        var heard = journaled.Count == 0 ? TimeSpan.Zero : journaled.Max(e => e.At);
        foreach (var nudge in rebuilt.Undelivered)
        {
            await journal.AppendAsync(id, new NudgeRaised(nudge.At, nudge), cancellationToken).ConfigureAwait(false);
            foreach (var sink in sinks) await sink.DeliverAsync(id, nudge, cancellationToken).ConfigureAwait(false);
        }
        var probe = metrics?.ForSession();
        IReadOnlyList<ISessionObserver> watching = [.. observers ?? [], .. probe is null ? [] : new ISessionObserver[] { probe }];
        var lateness = new NudgeLatenessMeter(time);
        var runner = new SessionRunner(rebuilt.Session, id, journal, [.. sinks, lateness], observers: watching);
        var session = new LiveAudioSession(id, runner, recognizer, backlogCapacity, time, heard) { _probe = probe, Resumed = true, _lateness = lateness };
        foreach (var p in rebuilt.Session.Participants.Values)
        {
            var stream = new SpeakerStream(p.Id, recognizer is null ? null : session._completed);
            stream.StartAt(heard);
            session._streams[p.Id] = stream;
            session._people[p.Id] = p;
        }
        return session;
    }

    /// <summary>True when this session was taken up from its journal rather than started here.</summary>
    public bool Resumed { get; private init; }

    public bool Knows(string participantId)
    {
        lock (_streams) return _streams.ContainsKey(participantId);
    }

    /// <summary>Adds a participant (idempotent: a resumed connection may announce everyone again).</summary>
    public async ValueTask JoinAsync(Participant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Ended) return;
            lock (_streams)
            {
                if (_streams.ContainsKey(participant.Id)) return;
                _streams[participant.Id] = new SpeakerStream(participant.Id, _backlog is null ? null : _completed);
                _people[participant.Id] = participant;
            }
            await PostAsync(new ParticipantJoined(_heard, participant), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask LeaveAsync(string participantId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Ended || !_streams.TryGetValue(participantId, out var stream)) return;
            stream.Flush(_events);
            _events.Add(new ParticipantLeft(_heard, participantId));
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Takes a chunk of one participant's audio (16 kHz mono PCM16); false when the participant or the session is unknown or over.</summary>
    public ValueTask<bool> AcceptAsync(string participantId, TimeSpan mediaTime, ReadOnlyMemory<short> samples, CancellationToken cancellationToken) =>
        AcceptCoreAsync(participantId, mediaTime, samples, cancellationToken);

    /// <summary>Takes PCM16 little-endian bytes as they arrived (the ingest frame path: no copy, no allocation); as <see cref="AcceptAsync"/>.</summary>
    public ValueTask<bool> AcceptPcm16Async(string participantId, TimeSpan mediaTime, ReadOnlyMemory<byte> pcm, CancellationToken cancellationToken) =>
        AcceptCoreAsync(participantId, mediaTime, pcm, cancellationToken);

    private async ValueTask<bool> AcceptCoreAsync<T>(string participantId, TimeSpan mediaTime, ReadOnlyMemory<T> audio, CancellationToken cancellationToken)
        where T : unmanaged
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Ended || !_streams.TryGetValue(participantId, out var stream)) return false;
            _frameArrived = _time.GetTimestamp();
            Interlocked.Exchange(ref _lastMediaAt, _frameArrived);
            var samples = System.Runtime.InteropServices.MemoryMarshal.Cast<T, short>(audio.Span);
            _probe?.Heard(samples.Length);
            var late = stream.LateSamples;
            stream.Append(mediaTime, samples, _events);
            LateSamples += stream.LateSamples - late;
            if (stream.HeardUntil > _heard) _heard = stream.HeardUntil;
            await DrainAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Posts a control event (snooze, mute, feedback) at the current media time, in order with the audio's events.</summary>
    public async ValueTask PostControlAsync(Func<TimeSpan, SessionEvent> at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(at);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!Ended) await PostAsync(at(_heard), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Closes every stream, waits for the recognizer to finish what it holds, and ends the session.</summary>
    public async Task<ISessionView> EndAsync(string reason, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!Ended)
            {
                Ended = true;
                foreach (var stream in _streams.Values) stream.Flush(_events);
                await DrainAsync(cancellationToken).ConfigureAwait(false);
                if (_backlog is not null) await _backlog.CompleteAsync(cancellationToken).ConfigureAwait(false);
                await PostAsync(new SessionEnded(_heard, reason), cancellationToken).ConfigureAwait(false);
                _runner.Complete();
            }
        }
        finally
        {
            _gate.Release();
        }
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _runner.Session;
    }

    /// <summary>Posts what the frames caused, in media-time order, with the ticks that have come due; hands finished segments to the recognizer.</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        foreach (var segment in _completed)
            if (_backlog!.Enqueue(segment, _heard) is { } gap) _events.Add(gap);
        _completed.Clear();
        while (_heard >= _nextTick)
        {
            _events.Add(new MediaTick(_nextTick));
            _probe?.Stamp(_nextTick, _frameArrived);
            _nextTick += s_tick;
        }
        // A stable insertion sort: usually a handful of events, and equal times must keep their order (ends before starts).
        for (var i = 1; i < _events.Count; i++)
        {
            var e = _events[i];
            var j = i - 1;
            while (j >= 0 && _events[j].At > e.At) _events[j + 1] = _events[j--];
            _events[j + 1] = e;
        }
        foreach (var e in _events) await PostAsync(e, cancellationToken).ConfigureAwait(false);
        _events.Clear();
    }

    /// <summary>Hands one event to the session, noting when for the lateness measure.</summary>
    private ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken)
    {
        _lateness.Posted(e.At);
        return _runner.PostAsync(e, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Ended) await EndAsync("disposed", CancellationToken.None).ConfigureAwait(false);
        if (_backlog is not null) await _backlog.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
