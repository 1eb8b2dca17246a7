using System.Text;
using Pilot1X.Cli;

namespace Pilot1X.Cli.Tests;

/// <summary>Runs the <c>pilot1x</c> entry point in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var raw = new MemoryStream();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Pilot1XCommandLine.RunAsync(args, stdout, stderr, raw, TimeProvider.System);
        var text = stdout.ToString() + Encoding.UTF8.GetString(raw.ToArray());
        return (exit, text, stderr.ToString());
    }
}
