using System.Text;
using Pilot1X.Cli.Commands;

namespace Pilot1X.Cli;

/// <summary>The <c>pilot1x</c> tool: dispatches a command and maps bad arguments to exit code 2 with a Chinese message.</summary>
public static class Pilot1XCommandLine
{
    public const string Help = """
        pilot1x — 1+X证书制度试点工作材料的接收、检查与归档

        命令：
          pilot1x check 路径... [--roster 名单文件] [--as-of 时间] [--deadline 时间] [--json]
              检查文件或文件夹（.docx .doc .wps .pdf .jpg .png .zip .rar .7z .eml），按单位输出材料是否齐全、
              提纲是否完整、扫描件是否盖章，以及每个问题的改正方法。--json 输出 pilot1x.check/1 格式。
          pilot1x demo [--out 文件夹] [--as-of 时间] [--json]
              生成自带的示例材料（默认写入 out/samples）并用内置默认设置检查（检查时间默认 2020-12-26 09:00），无需 Azure 账号。
          pilot1x run [路径...] [--uploads 文件夹] [--storage 连接字符串] [--roster 名单文件] [--as-of 时间]
                      [--mailbox 文件夹|imaps://账号:授权码@主机:993/INBOX] [--smtp 文件夹|smtps://账号:授权码@主机:465] [--watch]
              在本机运行与 Azure Functions 相同的流水线（上传 → 队列分析 → 归档与状态），默认使用 Azurite
              （UseDevelopmentStorage=true，未运行时自动启动）；不给路径时使用自带示例材料。
              --mailbox 收取邮件（.eml 文件夹或 IMAP 邮箱）并生成回执，回执默认写入 out/outbox，--smtp 改为经 SMTP 发出；--watch 每分钟再收一次。
          pilot1x status [--json] [--storage 连接字符串] [--roster 名单文件]
              显示表存储中各单位的材料状态；--json 输出 pilot1x.status/1 格式。
          pilot1x report [路径...] [--roster 名单文件] [--as-of 时间] [--deadline 时间] [--xlsx 文件] [--html 文件] [--storage 连接字符串]
                         [--send [--smtp 文件夹|smtps://账号:授权码@主机:465] [--to 收件地址]]
              生成职成教处的汇总表（.xlsx：汇总、问题清单、未交名单）和汇总邮件（HTML）；给路径时检查这些文件，
              不给路径时按表存储中的状态（与 pilot1x status 相同）。默认写入 out/report/。
              --send 另把汇总邮件（HTML 正文 + 纯文本 + 汇总表附件）按需发送一次：先放入发件箱再发出，默认写成 .eml 放入
              out/outbox，--smtp 改为经 SMTP 发出；收件人默认职成教处邮箱，--to 改发给指定地址（多个用逗号分隔）。
              每次 --send 都是一封新邮件（按需发送）；每日定时汇总由函数应用发送，同一天只发一次。
          pilot1x remind [--dry-run] [--as-of 时间] [--deadline 时间] [--smtp 文件夹|smtps://账号:授权码@主机:465] [--from 发件地址] [--storage 连接字符串] [--roster 名单文件]
              按表存储中的状态，给未齐全且有联系邮箱的单位发截止前提醒（T-7、T-3、T-1 和逾期次日，北京时间 09:00），
              先放入发件箱再发出：默认写成 .eml 文件放入 out/outbox，--smtp 改为经 SMTP 逐封发出（间隔 Reminders__SendInterval，默认 5 秒）；
              同一单位同一轮只提醒一次，中途中断后重跑也不会重发或漏发。--dry-run 只列出，不发送也不记录。
          pilot1x upload-link 单位名称 [文件名...] [--valid-until 时间] [--deadline 时间] [--storage 连接字符串] [--roster 名单文件]
              为单位签发上传链接（SAS）：每个链接只能在 uploads/单位名称/ 下创建或覆盖这一个文件，不能读取、列出或删除，
              默认有效至截止时间后 2 天；不给文件名时签发一个用于上传全部材料压缩包（.zip）的链接。
          pilot1x serve [--port 端口] [--storage 连接字符串] [--roster 名单文件] [--deadline 时间]
              在本机（只监听 127.0.0.1，默认端口 7071）提供职成教处看板：总体数字、各单位材料齐全情况（可按层次、抽查、状态筛选）、
              单位明细（文件与问题）和报送进度图；只读，每次刷新都从表存储读取最新状态（与 pilot1x status 相同）。按 Ctrl+C 停止。
          pilot1x help
              显示本说明。

        时间不带时区时按北京时间（UTC+8）理解；默认截止时间 2020-12-28T23:59:59+08:00。
        退出码：0 已完成检查（发现的问题属于检查结果）；2 参数有误。
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream rawStdout, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var rest = args.Skip(1).ToArray();
            return args.FirstOrDefault() switch
            {
                "check" => new CheckCommand(clock).Run(rest, stdout, rawStdout, cancellation.Token),
                "demo" => new DemoCommand(clock).Run(rest, stdout, rawStdout, cancellation.Token),
                "run" => await new RunCommand(clock).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "status" => await StatusCommand.RunAsync(rest, stdout, stderr, rawStdout, clock, cancellation.Token).ConfigureAwait(false),
                "report" => await new ReportCommand(clock).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "remind" => await new RemindCommand(clock).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "serve" => await new ServeCommand(clock).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "upload-link" => await new UploadLinkCommand(clock).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "help" or "--help" or "-h" => await WriteHelpAsync(stdout).ConfigureAwait(false),
                null => throw new UsageException("请给出命令。" + Environment.NewLine + Help),
                var other => throw new UsageException($"不认识的命令：{other}" + Environment.NewLine + Help),
            };
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"pilot1x: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    private static async Task<int> WriteHelpAsync(TextWriter stdout)
    {
        await stdout.WriteLineAsync(Help).ConfigureAwait(false);
        return 0;
    }
}
