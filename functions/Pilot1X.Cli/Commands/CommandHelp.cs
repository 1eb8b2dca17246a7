using System.Text;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// The help texts: <c>pilot1x --help</c> lists every command's <c>Usage</c>, <c>pilot1x 命令 --help</c> (or <c>-h</c>) prints
/// that command's own; both end with what every command shares (roster, settings, times, exit codes).
/// </summary>
public static class CommandHelp
{
    public const string Title = "pilot1x — 1+X证书制度试点工作材料的接收、检查与归档";

    public const string Shared = """
        名单：不给 --roster 时使用 pilot1x run --roster 存入存储账户的名单（没有则用内置的附件2名单），并在标准错误输出上说明用的是哪份。
        设置：与函数应用相同的环境变量 Pilot1X__Deadline（截止时间）、Pilot1X__OfficeAddress（职成教处邮箱）、Smtp__From（发件地址）、
        Pilot1X__OfficeContactName（联系人）等；--deadline、--from 只替换其中对应的一项。
        时间不带时区时按北京时间（UTC+8）理解；默认截止时间 2020-12-28T23:59:59+08:00。
        退出码：0 已完成（发现的问题属于检查结果）；2 参数有误。
        """;

    /// <summary>Whether the arguments ask for help (<c>--help</c> or <c>-h</c> before any <c>--</c>).</summary>
    public static bool Requested(IEnumerable<string> args) =>
        args.TakeWhile(a => a != "--").Any(a => a is "--help" or "-h");

    /// <summary>One command's help.</summary>
    public static string For(string usage) => "用法：" + Environment.NewLine + Indent(usage) + Environment.NewLine + Shared;

    /// <summary>The whole tool's help: every command.</summary>
    public static string All(IEnumerable<string> usages)
    {
        var text = new StringBuilder(Title).AppendLine().AppendLine().AppendLine("命令：");
        foreach (var usage in usages)
        {
            text.Append(Indent(usage));
        }

        return text.AppendLine(Indent("pilot1x help [命令]\n    显示本说明，或某个命令的说明（同 pilot1x 命令 --help）。\n")).AppendLine().Append(Shared).ToString();
    }

    private static string Indent(string usage) =>
        string.Concat(usage.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => "  " + l + Environment.NewLine));
}
