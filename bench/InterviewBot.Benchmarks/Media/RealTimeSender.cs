using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Media.Ingest;

namespace InterviewBot.Benchmarks.Media;

/// <summary>
/// Sessions streaming two speakers each on the real-time schedule: sessions are spread over 20 groups, each group one
/// loop that wakes at its chunk's due time (groups 1 ms apart across a 20 ms frame) and sends every session's chunk.
/// A 20 ms frame of one speaker counts as late when it leaves more than one chunk period after it was due.
/// </summary>
internal sealed class RealTimeSender(MediaLoadOptions options, short[][] speech)
{
    private const int Groups = 20;
    private readonly List<Session> _sessions = [];
    private long _late;
    private long _sent;
    private volatile bool _counting;

    /// <summary>Late 20 ms frames (one speaker's) while counting.</summary>
    public long LateFrames => Interlocked.Read(ref _late);

    /// <summary>20 ms frames (one speaker's) sent while counting.</summary>
    public long SentFrames => Interlocked.Read(ref _sent);

    /// <summary>Counts late and sent frames from now on (after the warm-up).</summary>
    public void StartCounting() => _counting = true;

    public async Task OpenAsync(HttpClient http, Uri baseUrl, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(16);
        var opened = new Session[options.Sessions];
        await Task.WhenAll(Enumerable.Range(0, options.Sessions).Select(async n =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                opened[n] = await Session.OpenAsync(http, baseUrl, options, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        _sessions.AddRange(opened);
    }

    /// <summary>Streams every session for <paramref name="seconds"/> of media; <paramref name="atSecond"/> runs once a second of the schedule has passed.</summary>
    public async Task StreamAsync(int seconds, Func<int, Task> atSecond, CancellationToken cancellationToken)
    {
        var chunks = seconds * 1000 / options.ChunkMs;
        var start = Stopwatch.GetTimestamp();
        var groups = Enumerable.Range(0, Math.Min(Groups, _sessions.Count))
            .Select(g => Task.Run(() => RunGroupAsync(g, chunks, start, cancellationToken), cancellationToken)).ToList();
        var clock = Task.Run(async () =>
        {
            for (var s = 1; s <= seconds; s++)
            {
                var due = TimeSpan.FromSeconds(s) - Stopwatch.GetElapsedTime(start);
                if (due > TimeSpan.Zero) await Task.Delay(due, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                await atSecond(s).ConfigureAwait(false);
            }
        }, cancellationToken);
        await Task.WhenAll([.. groups, clock]).ConfigureAwait(false);
    }

    private async Task RunGroupAsync(int group, int chunks, long start, CancellationToken cancellationToken)
    {
        var members = _sessions.Where((_, n) => n % Groups == group).ToArray();
        var period = TimeSpan.FromMilliseconds(options.ChunkMs);
        var framesPerChunk = options.ChunkMs / 20;
        for (var c = 0; c < chunks; c++)
        {
            var due = TimeSpan.FromMilliseconds(c * options.ChunkMs + group);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            // Behind schedule the loop would never wait: yielding lets the clock (and the other groups) run.
            else await Task.Yield();
            var at = TimeSpan.FromMilliseconds(c * options.ChunkMs);
            foreach (var session in members)
            {
                await session.SendAsync(at, speech, options, cancellationToken).ConfigureAwait(false);
                if (!_counting) continue;
                Interlocked.Add(ref _sent, 2 * framesPerChunk);
                if (Stopwatch.GetElapsedTime(start) - due > period) Interlocked.Add(ref _late, 2 * framesPerChunk);
            }
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        foreach (var session in _sessions) await session.CloseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One session's socket and its reusable message buffer.</summary>
    private sealed class Session(ClientWebSocket socket, int samplesPerChunk)
    {
        private readonly byte[] _message = new byte[2 * (IngestFrame.HeaderBytes + samplesPerChunk * 2)];
        private Task? _draining;

        public static async Task<Session> OpenAsync(HttpClient http, Uri baseUrl, MediaLoadOptions options, CancellationToken cancellationToken)
        {
            using var response = await http.PostAsJsonAsync(new Uri(baseUrl, "api/sessions"), new JsonObject
            {
                ["participants"] = new JsonArray(
                    new JsonObject { ["index"] = 0, ["id"] = "a", ["name"] = "Interviewer", ["role"] = "interviewer" },
                    new JsonObject { ["index"] = 1, ["id"] = "b", ["name"] = "Customer", ["role"] = "interviewee" }),
            }, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var created = (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken).ConfigureAwait(false))!;
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Authorization", "Bearer " + created["token"]!.GetValue<string>());
            var url = new UriBuilder(new Uri(baseUrl, $"api/media/{created["session_id"]}")) { Scheme = baseUrl.Scheme == "https" ? "wss" : "ws" }.Uri;
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            var start = """{"type":"start","format":{"encoding":"pcm16","sample_rate":16000,"channels":1},"participants":[{"index":0,"id":"a"},{"index":1,"id":"b"}]}""";
            await socket.SendAsync(Encoding.UTF8.GetBytes(start), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            var session = new Session(socket, options.ChunkMs * 16);
            session._draining = session.DrainAsync(); // nudges come back; read them so the server never waits on us
            return session;
        }

        public async ValueTask SendAsync(TimeSpan at, short[][] speech, MediaLoadOptions options, CancellationToken cancellationToken)
        {
            var samples = options.ChunkMs * 16;
            var offset = (int)(at.TotalMilliseconds * 16 % (speech[0].Length - samples));
            var length = 0;
            for (var speaker = 0; speaker < 2; speaker++)
            {
                var first = options.SplitSpeakers || speaker == 0;
                var written = IngestFrame.WritePacket(_message.AsSpan(length), speaker, at, speech[speaker].AsSpan(offset, samples), first ? (options.SplitSpeakers ? 1 : 2) : 0);
                if (options.SplitSpeakers)
                {
                    await socket.SendAsync(_message.AsMemory(0, written), WebSocketMessageType.Binary, true, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                length += written;
            }
            if (!options.SplitSpeakers) await socket.SendAsync(_message.AsMemory(0, length), WebSocketMessageType.Binary, true, cancellationToken).ConfigureAwait(false);
        }

        private async Task DrainAsync()
        {
            var buffer = new byte[8192];
            try
            {
                while (socket.State == WebSocketState.Open && (await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false)).MessageType != WebSocketMessageType.Close)
                {
                }
            }
            catch (WebSocketException)
            {
                // Closed at the end of the run.
            }
        }

        public async Task CloseAsync(CancellationToken cancellationToken)
        {
            try
            {
                if (socket.State == WebSocketState.Open) await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken).ConfigureAwait(false);
                if (_draining is not null) await _draining.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or TimeoutException)
            {
                // The server went first; nothing left to say.
            }
            socket.Dispose();
        }
    }
}
