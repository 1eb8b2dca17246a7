using Microsoft.Extensions.Configuration;
using Pilot1X.Core.Checking;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x demo [--out DIR] [--as-of DATETIME] [--json]</c>: writes the bundled sample submissions (made in code) and checks them
/// with the embedded defaults — the quickest way to see what the tool does, with no Azure account.
/// </summary>
public sealed class DemoCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x demo --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x demo [--out 文件夹] [--as-of 时间] [--json]
            生成自带的示例材料（默认写入 out/samples）并用内置默认设置检查（检查时间默认 2020-12-26 09:00），无需 Azure 账号；
            README 示例所用的名单写在示例材料旁的“名单”文件夹（默认 out/名单：名单.csv 为附件2的25所院校及联系方式，证书名单.csv 含试点证书）。
        """;

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
        // Beside the samples, not among them: a roster in the checked folder would be one more input to check.
        var rosters = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(directory)) ?? ".", "名单");
        ExampleRosters.Write(rosters);
        if (!parsed.Flag("--json"))
        {
            stdout.WriteLine($"示例名单已写入 {Path.GetRelativePath(Environment.CurrentDirectory, rosters)}（{ExampleRosters.Office}、{ExampleRosters.Certificates}），README 的示例用它们。");
            stdout.WriteLine($"示例材料已写入 {directory}，以下是用内置默认设置（附件2名单，截止 2020-12-28，检查时间 {asOf}）检查的结果：");
            stdout.WriteLine();
        }

        // The built-in defaults, whatever Pilot1X__Deadline says: the samples are made for the notice's deadline.
        string[] check = [directory, "--as-of", asOf, "--deadline", ChinaTime.Format(CheckOptions.DefaultDeadline), .. parsed.Flag("--json") ? ["--json"] : Array.Empty<string>()];
        return new CheckCommand(clock, environment).Run(check, stdout, rawStdout, cancellationToken);
    }
}
