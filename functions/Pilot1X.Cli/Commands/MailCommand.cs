using Microsoft.Extensions.Configuration;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Reporting.Ledger;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x mail [--json] [--storage CONNECTION_STRING]</c>: every mail the office mailbox received and what became of
/// it, read by the same <see cref="MailLedgerReader"/> the dashboard's 来件 view and the report mail's 异常 section use.
/// </summary>
public sealed class MailCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x mail --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x mail [--json] [--storage 连接字符串]
            列出邮箱收到的每一封邮件：收到时间、主题、发件人、归入的单位、结果（已发回执、重复来件、自动回复、退信、
            无法回复、回执超限、本处邮箱发出、处理失败、处理中）和原因及处理办法；--json 输出 pilot1x.mail/1 格式。
        """;

    private static readonly HashSet<string> ValueOptions = ["--storage"];
    private static readonly HashSet<string> FlagOptions = ["--json"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Stream rawStdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(rawStdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"mail 不接受路径参数：{parsed.Positionals[0]}");
        }

        var settings = CommandSettings.Read(environment, parsed);
        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), settings, stderr, clock, cancellationToken).ConfigureAwait(false);
        var ledger = await pipeline.Get<MailLedgerReader>()
            .ReadAsync(clock.GetUtcNow().ToOffset(CheckOptions.ChinaStandardTime), cancellationToken).ConfigureAwait(false);
        if (parsed.Flag("--json"))
        {
            MailLedgerJson.Write(rawStdout, ledger);
            rawStdout.Write("\n"u8);
            await rawStdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            MailLedgerText.Write(stdout, ledger);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
