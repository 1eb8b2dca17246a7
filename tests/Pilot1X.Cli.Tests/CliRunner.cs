using System.Text;
using Microsoft.Extensions.Configuration;
using Pilot1X.Cli;

namespace Pilot1X.Cli.Tests;

/// <summary>Runs the <c>pilot1x</c> entry point in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string?>(), args);

    /// <summary>With the settings a deployment's environment would give (<c>Pilot1X:Deadline</c> for <c>Pilot1X__Deadline</c>), without touching the process environment other tests share.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var raw = new MemoryStream();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Pilot1XCommandLine.RunAsync(args, stdout, stderr, raw, TimeProvider.System, Settings(settings));
        var text = stdout.ToString() + Encoding.UTF8.GetString(raw.ToArray());
        return (exit, text, stderr.ToString());
    }

    /// <summary>The process environment with the given settings laid over it, as <c>pilot1x</c> reads them.</summary>
    public static IConfiguration Settings(IReadOnlyDictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
}
