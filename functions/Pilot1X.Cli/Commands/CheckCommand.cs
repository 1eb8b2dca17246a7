using Microsoft.Extensions.Configuration;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x check PATH... [--roster FILE] [--as-of DATETIME] [--deadline DATETIME] [--json]</c>:
/// the validation contract of CHECK-CONTRACT.md. Findings are results, so it exits 0 whenever it ran.
/// </summary>
public sealed class CheckCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x check --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x check 路径... [--roster 名单文件] [--as-of 时间] [--deadline 时间] [--json]
            检查文件或文件夹（.docx .doc .wps .pdf .jpg .png .zip .rar .7z .eml），按单位输出材料是否齐全、
            提纲是否完整、扫描件是否盖章，以及每个问题的改正方法。--json 输出 pilot1x.check/1 格式。
            名单有“试点证书”列（或“试点证书”工作表）时，还检查评价报告是否覆盖每个试点证书并在第四部分分档、
            总结报告第四部分是否逐个证书自查；同时给出的问卷星导出（.xlsx .csv）按单位、证书统计教师与学生问卷份数。
        """;

    private static readonly HashSet<string> ValueOptions = ["--roster", "--as-of", "--deadline"];
    private static readonly HashSet<string> FlagOptions = ["--json"];

    public int Run(IReadOnlyList<string> args, TextWriter stdout, Stream rawStdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("请至少给出一个要检查的文件或文件夹。");
        }

        var missing = parsed.Positionals.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            throw new UsageException($"找不到文件或文件夹：{missing}");
        }

        var settings = CommandSettings.Read(environment, parsed);
        var roster = LoadRoster(parsed.Value("--roster"));
        var defaults = CheckOptions.CreateDefault(clock);
        var options = defaults with
        {
            AsOf = parsed.Value("--as-of") is { } asOf ? TimeArgument.Parse("--as-of", asOf, endOfDay: false) : defaults.AsOf,
            Deadline = settings.Office.Deadline,
        };

        var report = new CheckEngine(roster, options).Run(CheckInput.FromPaths(parsed.Positionals), cancellationToken);
        if (parsed.Flag("--json"))
        {
            CheckReportJson.Write(rawStdout, report);
            rawStdout.Write("\n"u8);
            rawStdout.Flush();
        }
        else
        {
            CheckReportText.Write(stdout, report);
            stdout.Flush();
        }

        return 0;
    }

    /// <summary>The roster from a file, or the 25 sampled institutions of 附件2 by default.</summary>
    public static InstitutionRoster LoadRoster(string? path)
    {
        if (path is null)
        {
            return DefaultRoster.Create();
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"找不到名单文件：{path}");
        }

        try
        {
            return RosterLoader.Load(path);
        }
        catch (RosterFormatException ex)
        {
            throw new UsageException($"名单文件“{path}”有误：{ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new UsageException($"无法读取名单文件“{path}”：{ex.Message}", ex);
        }
    }
}
