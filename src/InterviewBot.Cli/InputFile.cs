using System.Text;

namespace InterviewBot.Cli;

/// <summary>Reads a user's input file, turning the ways that can fail into one clear message.</summary>
internal static class InputFile
{
    private const long MaxBytes = 64L * 1024 * 1024;

    public static async Task<(string? Text, string? Error)> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return (null, $"{path}: is a folder; expected a file");
            if (!info.Exists) return (null, $"{path}: no such file");
            if (info.Length > MaxBytes) return (null, $"{path}: {info.Length} bytes is larger than the {MaxBytes / 1024 / 1024} MiB a transcript can be");
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            try
            {
                return (utf8.GetString(bytes), null);
            }
            catch (DecoderFallbackException ex)
            {
                return (null, $"{path}: not UTF-8 text (invalid byte at offset {ex.Index}); expected a UTF-8 transcript");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: {ex.Message}");
        }
    }
}
