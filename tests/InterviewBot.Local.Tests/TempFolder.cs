namespace InterviewBot.Local.Tests;

/// <summary>A fresh folder per test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("interviewbot-test-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
