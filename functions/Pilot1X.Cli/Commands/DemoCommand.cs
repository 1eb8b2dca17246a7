using Pilot1X.Samples;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x demo [--out DIR] [--json]</c>: writes the bundled sample submissions (made in code) and checks them
/// with the embedded defaults — the quickest way to see what the tool does, with no Azure account.
/// </summary>
public sealed class DemoCommand(TimeProvider clock)
{
    private static readonly HashSet<string> ValueOptions = ["--out"];
    private static readonly HashSet<string> FlagOptions = ["--json"];

    public int Run(IReadOnlyList<string> args, TextWriter stdout, Stream rawStdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"demo 不接受路径参数：{parsed.Positionals[0]}");
        }

        var directory = parsed.Value("--out") ?? Path.Combine("out", "samples");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        BundledSamples.Write(directory);
        if (!parsed.Flag("--json"))
        {
            stdout.WriteLine($"示例材料已写入 {directory}，以下是用内置默认设置检查的结果：");
            stdout.WriteLine();
        }

        string[] check = parsed.Flag("--json") ? [directory, "--json"] : [directory];
        return new CheckCommand(clock).Run(check, stdout, rawStdout, cancellationToken);
    }
}
