using System.Globalization;

namespace InterviewBot.Benchmarks.Media;

/// <summary>A process's CPU time (user + system) from <c>/proc/&lt;pid&gt;/stat</c>: what the kernel charged it, whoever reads it.</summary>
internal static class ProcessCpu
{
    // USER_HZ, the unit of utime and stime, is 100 in the Linux user-space ABI on every architecture .NET runs on.
    private const double MsPerTick = 1000.0 / 100;

    /// <summary>Milliseconds of CPU; null when the process is not on this machine (or this is not Linux).</summary>
    public static double? ReadMs(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path)) return null;
        var stat = File.ReadAllText(path);
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state); utime is field 14, stime field 15.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * MsPerTick;
    }
}
