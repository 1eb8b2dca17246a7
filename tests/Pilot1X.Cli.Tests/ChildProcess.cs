using System.Diagnostics;
using System.Globalization;

namespace Pilot1X.Cli.Tests;

/// <summary>Runs the built <c>pilot1x</c> as its own process, sampling its peak resident memory (Linux VmHWM) while it runs.</summary>
internal static class ChildProcess
{
    public static (int ExitCode, string Stdout, long PeakBytes) RunPilot1x(params string[] args) =>
        RunPilot1x(new Dictionary<string, string>(), args);

    /// <summary>With extra environment variables: settings a process-wide change would leak into other tests.</summary>
    public static (int ExitCode, string Stdout, long PeakBytes) RunPilot1x(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var run = Measure(environment, args);
        return (run.ExitCode, run.Stdout, run.PeakBytes);
    }

    /// <summary>Runs it and reports, besides the peak resident memory, the CPU time it used and the wall-clock time it took.</summary>
    public static ChildRun Measure(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "pilot1x.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            cpu = Max(cpu, CpuTime(process.Id));
        }

        return new ChildRun(process.ExitCode, stdout.GetAwaiter().GetResult(), peak, cpu, clock.Elapsed);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // utime + stime of /proc/PID/stat (fields 14 and 15, after the parenthesised command name), in USER_HZ = 100 ticks a second.
    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero; // The process has just exited.
        }
    }

    // VmHWM only grows, so the last reading before exit is the process's peak up to that moment.
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has just exited.
        }

        return 0;
    }
}
