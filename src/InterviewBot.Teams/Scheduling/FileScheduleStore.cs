using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Teams.Scheduling;

/// <summary>Scheduled joins in one JSON file, replaced atomically (written aside, then renamed over the old one); one server.</summary>
public sealed class FileScheduleStore(string path) : IScheduleStore, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ScheduleBook> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return ScheduleBook.Empty;
        return ScheduleJson.Read(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
    }

    public async Task<long?> SaveAsync(IReadOnlyList<ScheduledJoin> joins, long expectedVersion, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if ((await LoadAsync(cancellationToken).ConfigureAwait(false)).Version != expectedVersion) return null;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var aside = path + ".tmp";
            await File.WriteAllBytesAsync(aside, ScheduleJson.Write(new ScheduleBook(joins, expectedVersion + 1)), cancellationToken).ConfigureAwait(false);
            File.Move(aside, path, overwrite: true);
            return expectedVersion + 1;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>The schedule's stored form (a file, or a cluster document): <c>{"version":n,"joins":[…]}</c>.</summary>
public static class ScheduleJson
{
    public static byte[] Write(ScheduleBook book) => JsonSerializer.SerializeToUtf8Bytes(book, ScheduleJsonContext.Default.ScheduleBook);

    /// <summary>The book in <paramref name="content"/>; empty for no content.</summary>
    public static ScheduleBook Read(ReadOnlySpan<byte> content) =>
        content.IsEmpty ? ScheduleBook.Empty : JsonSerializer.Deserialize(content, ScheduleJsonContext.Default.ScheduleBook) ?? ScheduleBook.Empty;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true, WriteIndented = true)]
[JsonSerializable(typeof(ScheduleBook))]
internal sealed partial class ScheduleJsonContext : JsonSerializerContext;
