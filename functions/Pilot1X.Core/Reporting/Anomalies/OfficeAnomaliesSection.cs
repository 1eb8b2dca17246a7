using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pilot1X.Core.Reporting.Ledger;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Reporting.Anomalies;

/// <summary>
/// The report mail's 异常 section, as plain text and as HTML with the same items: each names the mail or file as a
/// person knows it, says why, and what to do. Subjects, senders and file names are untrusted and HTML-encoded.
/// </summary>
public static class OfficeAnomaliesSection
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public const string Title = "异常（需要人工处理）";

    public static void AppendText(StringBuilder text, OfficeAnomalies anomalies)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append('\n').Append(Title).Append("：\n");
        var items = Items(anomalies).ToList();
        if (items.Count == 0)
        {
            text.Append("  无：每封来件都已回执或无需回执，没有分析失败、未送达的发出邮件或待核实的文件。\n");
        }

        foreach (var (group, lines) in items)
        {
            text.Append("  ").Append(group).Append('\n');
            foreach (var line in lines)
            {
                text.Append("    · ").Append(line).Append('\n');
            }
        }
    }

    public static void AppendHtml(StringBuilder html, OfficeAnomalies anomalies)
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<h2>").Append(Title).Append("</h2>\n");
        var items = Items(anomalies).ToList();
        if (items.Count == 0)
        {
            html.Append("<p>无：每封来件都已回执或无需回执，没有分析失败、未送达的发出邮件或待核实的文件。</p>\n");
        }

        foreach (var (group, lines) in items)
        {
            html.Append("<h3>").Append(Encoder.Encode(group)).Append("</h3>\n<ul>\n");
            foreach (var line in lines)
            {
                html.Append("<li>").Append(Encoder.Encode(line)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }
    }

    private static IEnumerable<(string Group, List<string> Lines)> Items(OfficeAnomalies anomalies)
    {
        ArgumentNullException.ThrowIfNull(anomalies);
        if (anomalies.Unanswered.Count > 0)
        {
            yield return (Count("未发回执的来件", anomalies.Unanswered.Count, "封"), [.. anomalies.Unanswered.Select(m =>
                $"{OfficeLabels.Cst(m.ArrivedAt)} 收到、{m.From ?? "无发件人"} 发来的《{m.Subject}》：{MailLedgerOutcomes.Label(m.Outcome)}。{MailLedgerText.Explanation(m)}")]);
        }

        if (anomalies.FailedAnalyses.Count > 0)
        {
            yield return (Count("分析失败的来件", anomalies.FailedAnalyses.Count, "项"), [.. anomalies.FailedAnalyses.Select(f =>
                $"{f.What}：分析尝试 {f.Attempts.ToString(CultureInfo.InvariantCulture)} 次均失败，其中的材料尚未计入任何单位，也未发回执。"
                + "请人工查看原件，请发件单位把文件另存（如 Word 另存为 .docx、扫描件另存为 PDF）后重新发送；仍失败时请联系技术支持。")]);
        }

        if (anomalies.Undelivered.Count > 0)
        {
            yield return (Count("未能送达的发出邮件", anomalies.Undelivered.Count, "封"), [.. anomalies.Undelivered.Select(u =>
                $"发给 {u.To} 的《{u.Subject}》" + (u.GivenUpAt is { } at ? $"（{OfficeLabels.Cst(at)} 放弃重发）" : string.Empty)
                + $"：{u.Error ?? "发件服务器未说明原因"}。系统不再自动重发；请核对收件地址，必要时人工转发或电话告知。")]);
        }

        if (anomalies.Held.Count > 0)
        {
            yield return (Count("待核实的文件", anomalies.Held.Count, "个"), [.. anomalies.Held.Select(h =>
                $"“{Intake.DisplayName.Leaf(h.File)}”（" + (h.ReceivedAt is { } at ? $"{OfficeLabels.Cst(at)} 收到，" : string.Empty)
                + $"{h.Held.Channel.Describe()}）指向“{h.Held.Named}”，已保存但未计入任何单位。请与“{h.Held.Named}”核实后请其按规定渠道重新提交，详见看板“待核实”。")]);
        }
    }

    private static string Count(string what, int count, string unit) => $"{what}（{count.ToString(CultureInfo.InvariantCulture)} {unit}）";
}
