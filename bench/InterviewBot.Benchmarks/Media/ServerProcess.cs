using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Benchmarks.Media;

/// <summary>
/// The server as its own process (so its CPU and allocations are its own, not the load generator's): started from its
/// dll on a free loopback port with a fresh data folder and a random media API key, stopped and cleaned up on dispose.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _data;

    private ServerProcess(Process process, string data, Uri url, string apiKey)
    {
        _process = process;
        _data = data;
        Url = url;
        ApiKey = apiKey;
    }

    public Uri Url { get; }

    public string ApiKey { get; }

    public int Id => _process.Id;

    /// <summary>The server's dll: the given path, else the copy built next to this tool.</summary>
    public static string Locate(string? path)
    {
        var dll = Path.GetFullPath(path ?? Path.Combine(AppContext.BaseDirectory, "InterviewBot.Server.dll"));
        if (!File.Exists(dll) || !File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
            throw new FileNotFoundException($"the server is not built at {dll} (give --server path/to/InterviewBot.Server.dll)");
        return dll;
    }

    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("ib-media-load-").FullName;
        var port = FreePort();
        var apiKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--environment", "Production"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["InterviewBot__Media__ApiKey"] = apiKey;
        start.Environment["InterviewBot__Media__IdleTimeout"] = "01:00:00";
        start.Environment["InterviewBot__Coach__DataDirectory"] = data;
        start.Environment["InterviewBot__Bot__DisableAuthenticationForLocalDevelopment"] = "true";
        // A session start is logged at Information: at thousands of sessions that is the generator's noise, not the frame path.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = Path.Combine(data, "server.log");
        var writer = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, data, new Uri($"http://127.0.0.1:{port}/"), apiKey);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false); // its output is all in the log
                throw new InvalidOperationException($"the server exited with {process.ExitCode}:{Environment.NewLine}{await File.ReadAllTextAsync(log, cancellationToken).ConfigureAwait(false)}");
            }
            try
            {
                using var ready = await http.GetAsync(new Uri(server.Url, "healthz"), cancellationToken).ConfigureAwait(false);
                if (ready.IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Starting slowly on a busy machine.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        await server.DisposeAsync().ConfigureAwait(false);
        throw new TimeoutException($"the server did not answer /healthz within 90 s; see {log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned by the system.
        }
    }
}
