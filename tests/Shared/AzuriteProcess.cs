using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace InterviewBot.Tests.Shared;

/// <summary>
/// Azurite (Microsoft's Azure Storage emulator, installed by scripts/install.sh into tools/storage) — blob, queue and
/// table services on free loopback ports with a temporary folder. It can be stopped and started again on the same
/// ports and data, as an outage. Shared by the storage tests and the journal benchmark; no fake of Azure Storage.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    // The emulator's documented, public development account; not a secret.
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private Process? _process;
    private string _folder = "";
    private int _blobPort;
    private int _queuePort;
    private int _tablePort;

    public string ConnectionString { get; private set; } = "";

    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var azurite = new AzuriteProcess();
        await azurite.InitializeAsync();
        return azurite;
    }

    private async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("ib-azurite-").FullName;
        (_blobPort, _queuePort, _tablePort) = (FreePort(), FreePort(), FreePort());
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevKey +
            $";BlobEndpoint=http://127.0.0.1:{_blobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_queuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{_tablePort}/devstoreaccount1;";
        await StartAsync();
    }

    /// <summary>Starts the emulator (again) on the same ports and data.</summary>
    public async Task StartAsync()
    {
        await WaitExitedAsync();
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "InterviewBot.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("not inside the repository");
        var bin = Path.Combine(root, "tools", "storage", "node_modules", ".bin", "azurite");
        if (!File.Exists(bin)) throw new FileNotFoundException($"{bin} is missing: run scripts/install.sh (it installs Azurite with npm)");
        var start = new ProcessStartInfo(bin) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", Port(_blobPort), "--queueHost", "127.0.0.1", "--queuePort", Port(_queuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(_tablePort), "--location", _folder, "--silent", "--skipApiVersionCheck",
        })
            start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        foreach (var port in new[] { _blobPort, _queuePort, _tablePort }) await WaitListeningAsync(port);
    }

    /// <summary>
    /// Stops the emulator: storage is down (its ports refuse connections) when this returns, until <see cref="StartAsync"/>.
    /// SIGTERM, not SIGKILL: the emulator keeps its metadata in memory and saves it on the way out, as real storage never
    /// loses an acknowledged write. Saving takes it a while; <see cref="StartAsync"/> waits for that.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false }) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
        for (var i = 0; i < 100 && await IsListeningAsync(_blobPort); i++) await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
    }

    private async Task WaitExitedAsync()
    {
        if (_process is null) return;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true); // its data goes with the folder
        await WaitExitedAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task WaitListeningAsync(int port)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await IsListeningAsync(port)) return;
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }
        throw new InvalidOperationException($"Azurite did not listen on {port}");
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
