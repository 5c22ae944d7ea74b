using System.Text;

namespace InterviewBot.Cli;

/// <summary>Derives a session id (safe as a file name) from an input file's name.</summary>
internal static class SessionIds
{
    public static string FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var sb = new StringBuilder(stem.Length);
        foreach (var c in stem) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        var id = sb.ToString().Trim('-');
        return id.Length == 0 ? "session" : id;
    }
}
