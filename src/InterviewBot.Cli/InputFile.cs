using System.Text;

namespace InterviewBot.Cli;

/// <summary>Reads a user's input file, turning the ways that can fail into one clear message.</summary>
internal static class InputFile
{
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Audio is bigger than text: two hours of 48 kHz stereo PCM16 is about 1.3 GiB.</summary>
    public const long MaxAudioBytes = 2L * 1024 * 1024 * 1024 - 1;

    /// <summary>The file's bytes, for audio; text files go through <see cref="ReadTextAsync"/>.</summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadBytesAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return (null, $"{path}: is a folder; expected a file");
            if (!info.Exists) return (null, $"{path}: no such file");
            if (info.Length > maxBytes) return (null, $"{path}: {info.Length} bytes is larger than the {maxBytes / 1024 / 1024} MiB this command reads");
            return (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: {ex.Message}");
        }
    }

    /// <summary>The file as UTF-8 text (transcripts, JSON lines), at most 64 MiB.</summary>
    public static async Task<(string? Text, string? Error)> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        var (bytes, error) = await ReadBytesAsync(path, MaxBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null) return (null, error);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return (utf8.GetString(bytes!), null);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, $"{path}: not UTF-8 text (invalid byte at offset {ex.Index}); expected a UTF-8 transcript");
        }
    }
}
