using Pilot1X.Samples;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x demo [--out DIR] [--as-of DATETIME] [--json]</c>: writes the bundled sample submissions (made in code) and checks them
/// with the embedded defaults — the quickest way to see what the tool does, with no Azure account.
/// </summary>
public sealed class DemoCommand(TimeProvider clock)
{
    /// <summary>The demo looks at the campaign two days before the deadline, as the office would have.</summary>
    public const string DefaultAsOf = "2020-12-26T09:00:00+08:00";

    private static readonly HashSet<string> ValueOptions = ["--out", "--as-of"];
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

        var asOf = parsed.Value("--as-of") ?? DefaultAsOf;
        BundledSamples.Write(directory);
        if (!parsed.Flag("--json"))
        {
            stdout.WriteLine($"示例材料已写入 {directory}，以下是用内置默认设置（附件2名单，截止 2020-12-28，检查时间 {asOf}）检查的结果：");
            stdout.WriteLine();
        }

        string[] check = parsed.Flag("--json") ? [directory, "--as-of", asOf, "--json"] : [directory, "--as-of", asOf];
        return new CheckCommand(clock).Run(check, stdout, rawStdout, cancellationToken);
    }
}
