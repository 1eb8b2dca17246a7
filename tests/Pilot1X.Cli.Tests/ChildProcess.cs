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

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), peak);
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
