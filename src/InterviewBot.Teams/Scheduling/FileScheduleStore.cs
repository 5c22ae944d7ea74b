using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Teams.Scheduling;

/// <summary>Scheduled joins in one JSON file, replaced atomically (written aside, then renamed over the old one).</summary>
public sealed class FileScheduleStore(string path) : IScheduleStore
{
    public async Task<IReadOnlyList<ScheduledJoin>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return [];
        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync(file, ScheduleJsonContext.Default.ScheduledJoinArray, cancellationToken).ConfigureAwait(false) ?? [];
    }

    public async Task SaveAsync(IReadOnlyList<ScheduledJoin> joins, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var aside = path + ".tmp";
        await using (var file = File.Create(aside))
            await JsonSerializer.SerializeAsync(file, joins.ToArray(), ScheduleJsonContext.Default.ScheduledJoinArray, cancellationToken).ConfigureAwait(false);
        File.Move(aside, path, overwrite: true);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true, WriteIndented = true)]
[JsonSerializable(typeof(ScheduledJoin[]))]
internal sealed partial class ScheduleJsonContext : JsonSerializerContext;
