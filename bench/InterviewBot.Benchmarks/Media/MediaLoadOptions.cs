using System.Globalization;

namespace InterviewBot.Benchmarks.Media;

/// <summary>What <c>media</c> runs: how many sessions for how long, against a server it starts or one at a URL.</summary>
/// <param name="Sessions">Concurrent sessions, two speakers each.</param>
/// <param name="Seconds">Measured seconds of streaming (after the warm-up).</param>
/// <param name="WarmUpSeconds">Streaming before the measurement (JIT, pools, first segments).</param>
/// <param name="ChunkMs">Audio per message per speaker: 20 ms is what meeting media produces.</param>
/// <param name="SplitSpeakers">One message per speaker instead of both speakers' packets in one message.</param>
/// <param name="Url">A running server to attach to (then <paramref name="ApiKey"/> is its <c>Media:ApiKey</c>); null starts one.</param>
/// <param name="ApiKey">The server's media API key.</param>
/// <param name="ServerPath">The server's dll, when the generator starts it.</param>
/// <param name="ServerEnvironment">Extra environment for a server the generator starts (<c>--server-env NAME=VALUE</c>, repeatable).</param>
internal sealed record MediaLoadOptions(int Sessions, int Seconds, int WarmUpSeconds, int ChunkMs, bool SplitSpeakers, Uri? Url, string? ApiKey, string? ServerPath,
    IReadOnlyDictionary<string, string> ServerEnvironment)
{
    /// <summary>Reads <c>--sessions N --seconds S [--warm-up W] [--chunk-ms 20] [--split-speakers] [--url U --api-key K] [--server DLL] [--server-env NAME=VALUE]</c>; the reason when wrong.</summary>
    public static (MediaLoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        int sessions = 100, seconds = 20, warmUp = 3, chunk = 20;
        bool split = false;
        Uri? url = null;
        string? key = null, server = null;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--sessions": sessions = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seconds": seconds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--warm-up": warmUp = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--chunk-ms": chunk = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--split-speakers": split = true; break;
                    case "--url": url = new Uri(Next()); break;
                    case "--api-key": key = Next(); break;
                    case "--server": server = Next(); break;
                    case "--server-env" when Next().Split('=', 2) is [{ Length: > 0 } name, var value]: environment[name] = value; break;
                    case "--server-env": return (null, "--server-env takes NAME=VALUE");
                    default: return (null, $"unknown option {args[i]}");
                }
            }
            catch (FormatException ex)
            {
                return (null, $"{args[i]}: {ex.Message}");
            }
        }
        if (sessions is < 1 or > 10_000) return (null, "--sessions must be from 1 to 10000");
        if (seconds is < 1 or > 3600) return (null, "--seconds must be from 1 to 3600");
        if (warmUp is < 1 or > 60) return (null, "--warm-up must be from 1 to 60"); // the window opens at a whole second
        if (chunk is < 20 or > 1000 || chunk % 20 != 0) return (null, "--chunk-ms must be a multiple of 20 from 20 to 1000");
        if (url is not null && string.IsNullOrEmpty(key)) return (null, "--url needs --api-key (the server's Media:ApiKey)");
        return (new MediaLoadOptions(sessions, seconds, warmUp, chunk, split, url, key, server, environment), null);
    }
}
