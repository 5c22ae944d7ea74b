using System.Diagnostics;
using System.Net.Sockets;
using Azure.Storage.Blobs;

namespace InterviewBot.Azure.Tests.Storage;

/// <summary>
/// Azurite's blob service (Microsoft's Azure Storage emulator, installed by scripts/install.sh into tools/storage) on a
/// free loopback port with a temporary folder, for as long as the test class lives. No fake of Azure Storage.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    // The emulator's documented, public development account; not a secret.
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private Process? _process;
    private string _folder = "";

    public string ConnectionString { get; private set; } = "";

    public BlobServiceClient Client => new(ConnectionString);

    public async Task InitializeAsync()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "InterviewBot.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("not inside the repository");
        var bin = Path.Combine(root, "tools", "storage", "node_modules", ".bin", "azurite-blob");
        Assert.True(File.Exists(bin), $"{bin} is missing: run scripts/install.sh (it installs Azurite with npm)");
        _folder = Directory.CreateTempSubdirectory("ib-azurite-").FullName;
        int port;
        using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo(bin) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _folder, "--silent", "--skipApiVersionCheck" })
            start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("Azurite did not start");
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        if (_process is not null) await _process.WaitForExitAsync();
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
