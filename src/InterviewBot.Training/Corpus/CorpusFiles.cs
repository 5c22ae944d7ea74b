using System.Security.Cryptography;

namespace InterviewBot.Training.Corpus;

/// <summary>
/// The files a training or evaluation run reads (a file, or every *.jsonl of a folder in name order) and the
/// SHA-256 of their bytes in that order: the hash the model file and the report carry.
/// </summary>
public sealed record CorpusFiles(IReadOnlyList<string> Paths)
{
    public static CorpusFiles Resolve(string fileOrFolder)
    {
        ArgumentNullException.ThrowIfNull(fileOrFolder);
        if (Directory.Exists(fileOrFolder))
        {
            var files = Directory.GetFiles(fileOrFolder, "*.jsonl").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToArray();
            if (files.Length == 0) throw new FileNotFoundException($"{fileOrFolder}: no *.jsonl files");
            return new CorpusFiles(files);
        }
        if (!File.Exists(fileOrFolder)) throw new FileNotFoundException($"{fileOrFolder}: no such file or folder");
        return new CorpusFiles([fileOrFolder]);
    }

    public CorpusFiles Concat(CorpusFiles other) => new([.. Paths, .. other.Paths]);

    public async Task<string> Sha256Async(CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Paths)
            sha.AppendData(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Reads every file; any bad line is an error that names its file and line.</summary>
    public async Task<(IReadOnlyList<LabelledUtterance> Items, IReadOnlyList<string> Errors)> ReadAsync(CancellationToken cancellationToken)
    {
        var items = new List<LabelledUtterance>();
        var errors = new List<string>();
        foreach (var path in Paths)
        {
            var (read, bad) = CorpusReader.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
            items.AddRange(read);
            errors.AddRange(bad);
        }
        return (items, errors);
    }
}
