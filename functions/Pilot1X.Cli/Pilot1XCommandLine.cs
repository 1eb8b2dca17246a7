using System.Text;
using Microsoft.Extensions.Configuration;
using Pilot1X.Cli.Commands;

namespace Pilot1X.Cli;

/// <summary>
/// The <c>pilot1x</c> tool: dispatches a command, answers <c>--help</c>/<c>-h</c> for each with its own usage, and maps bad
/// arguments to exit code 2 with a Chinese message.
/// </summary>
public static class Pilot1XCommandLine
{
    /// <summary>Every command's usage, in the order <c>pilot1x --help</c> lists them.</summary>
    private static readonly (string Name, string Usage)[] Usages =
    [
        ("check", CheckCommand.Usage),
        ("demo", DemoCommand.Usage),
        ("run", RunCommand.Usage),
        ("status", StatusCommand.Usage),
        ("mail", MailCommand.Usage),
        ("report", ReportCommand.Usage),
        ("remind", RemindCommand.Usage),
        ("upload-link", UploadLinkCommand.Usage),
        ("serve", ServeCommand.Usage),
    ];

    public static string Help { get; } = CommandHelp.All(Usages.Select(u => u.Usage));

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream rawStdout, TimeProvider clock) =>
        RunAsync(args, stdout, stderr, rawStdout, clock, CommandSettings.Environment());

    /// <param name="environment">The settings the Functions app would read (<c>Pilot1X__…</c>, <c>Smtp__…</c>): the process environment, or a test's.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Stream rawStdout, TimeProvider clock, IConfiguration environment)
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

        var command = args.FirstOrDefault();
        var usage = Usages.FirstOrDefault(u => u.Name == command).Usage;
        try
        {
            var rest = args.Skip(1).ToArray();
            if (usage is not null && CommandHelp.Requested(rest))
            {
                return await WriteAsync(stdout, CommandHelp.For(usage)).ConfigureAwait(false);
            }

            return command switch
            {
                "check" => new CheckCommand(clock, environment).Run(rest, stdout, rawStdout, cancellation.Token),
                "demo" => new DemoCommand(clock, environment).Run(rest, stdout, rawStdout, cancellation.Token),
                "run" => await new RunCommand(clock, environment).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "status" => await new StatusCommand(clock, environment).RunAsync(rest, stdout, stderr, rawStdout, cancellation.Token).ConfigureAwait(false),
                "mail" => await new MailCommand(clock, environment).RunAsync(rest, stdout, stderr, rawStdout, cancellation.Token).ConfigureAwait(false),
                "report" => await new ReportCommand(clock, environment).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "remind" => await new RemindCommand(clock, environment).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "serve" => await new ServeCommand(clock, environment).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "upload-link" => await new UploadLinkCommand(clock, environment).RunAsync(rest, stdout, stderr, cancellation.Token).ConfigureAwait(false),
                "help" or "--help" or "-h" => await WriteAsync(stdout, HelpFor(rest.FirstOrDefault())).ConfigureAwait(false),
                null => throw new UsageException("请给出命令。" + Environment.NewLine + Help),
                var other => throw new UsageException($"不认识的命令：{other}" + Environment.NewLine + Help),
            };
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"pilot1x: {ex.Message}").ConfigureAwait(false);
            if (usage is not null)
            {
                await stderr.WriteLineAsync($"用 pilot1x {command} --help 查看用法。").ConfigureAwait(false);
            }

            return 2;
        }
    }

    /// <summary><c>pilot1x help</c>: everything; <c>pilot1x help 命令</c>: that command.</summary>
    private static string HelpFor(string? command) =>
        command is null ? Help
        : Usages.FirstOrDefault(u => u.Name == command).Usage is { } usage ? CommandHelp.For(usage)
        : throw new UsageException($"不认识的命令：{command}" + Environment.NewLine + Help);

    private static async Task<int> WriteAsync(TextWriter stdout, string text)
    {
        await stdout.WriteLineAsync(text).ConfigureAwait(false);
        return 0;
    }
}
