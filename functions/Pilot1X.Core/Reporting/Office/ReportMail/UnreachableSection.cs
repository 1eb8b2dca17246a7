using System.Globalization;
using System.Text;
using Pilot1X.Core.Reminders;

namespace Pilot1X.Core.Reporting.Office.ReportMail;

/// <summary>无法自动提醒的单位: who is not 齐全 yet gets no reminder, and why — so the office phones them instead.</summary>
public sealed class UnreachableSection : IOfficeReportSection
{
    public void AppendText(StringBuilder text, OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(summary);
        var unreachable = ReminderPlanner.Unreachable(summary.Rows);
        if (unreachable.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\n无法自动提醒的单位（{unreachable.Count} 个，请电话联系）：\n");
        foreach (var item in unreachable)
        {
            text.Append("  · ").Append(Line(item)).Append('\n');
        }
    }

    public void AppendHtml(StringBuilder html, OfficeSummary summary, Func<string, string> encode)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(encode);
        var unreachable = ReminderPlanner.Unreachable(summary.Rows);
        if (unreachable.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>无法自动提醒的单位（{unreachable.Count} 个，请电话联系）</h2>\n<ul>\n");
        foreach (var item in unreachable)
        {
            html.Append("<li>").Append(encode(Line(item))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>武汉工程大学：名单中没有联系邮箱（联系人 张三，电话 027-…）.</summary>
    public static string Line(UnreachableInstitution item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var institution = item.Institution;
        var call = string.Join("，", new[] { Labelled("联系人", institution.ContactPerson), Labelled("电话", institution.Phone) }.OfType<string>());
        return institution.Name + "：" + item.Reason + (call.Length > 0 ? "（" + call + "）" : string.Empty);
    }

    private static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : label + " " + value;
}
