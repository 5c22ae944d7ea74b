using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Cli.Tests;

/// <summary>Runs the real command line in process and captures what it prints.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

internal static class Cli
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static Task<CliResult> RunAsync(params string[] args) => RunWithSettingsAsync([], args);

    /// <summary>Runs with configuration overrides, as appsettings.json or InterviewBot__* variables would give them.</summary>
    public static async Task<CliResult> RunWithSettingsAsync(Dictionary<string, string?> settings, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new FakeTimeProvider(), CancellationToken.None, settings);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A fresh folder per test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("interviewbot-cli-test-").FullName;

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
