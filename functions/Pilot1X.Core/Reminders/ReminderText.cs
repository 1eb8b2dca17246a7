using System.Text;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Reminders;

/// <summary>
/// The Chinese reminder: what is still missing (the MATERIAL_MISSING findings of <see cref="CompletenessEvaluator"/>,
/// with the file name to use), what was sent but is invalid (the error findings, each with its fix), the questionnaire
/// quota still open per certificate (<see cref="ReminderCertificates"/>), and the deadline.
/// </summary>
public static class ReminderText
{
    public static string Subject(OfficeRow row, ReminderStep step, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(step);
        return step.Overdue
            ? $"【逾期提醒】{row.Institution.Name}：1+X证书制度试点材料已过截止时间（{OfficeLabels.Cst(deadline)}）仍未齐全"
            : $"【材料提醒】{row.Institution.Name}：1+X证书制度试点材料截止时间 {OfficeLabels.Cst(deadline)}，尚未齐全";
    }

    public static string Body(OfficeRow row, ReminderStep step, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(step);
        var text = new StringBuilder();
        text.Append(row.Institution.Name).Append("：\n\n");
        // An institution that sent nothing at all is told so plainly: it may not know its mail never arrived.
        var state = row.Status == OfficeStatus.NothingReceived ? $"贵单位尚无任何材料到达（{OfficeLabels.NothingReceived}）" : "贵单位的材料尚未齐全";
        text.Append(step.Overdue
            ? $"报送截止时间（北京时间 {OfficeLabels.Cst(deadline)}）已过，{state}，请尽快补交：\n"
            : $"报送截止时间为北京时间 {OfficeLabels.Cst(deadline)}。截至目前，{state}，还需：\n");
        var number = 0;
        foreach (var line in Items(row))
        {
            text.Append(++number).Append(". ").Append(line).Append('\n');
        }

        text.Append("\n请将材料发送至职成教处收件邮箱，或通过上传链接提交。已补齐的单位不会再收到提醒。\n本邮件由系统自动发送。\n");
        return text.ToString();
    }

    /// <summary>One line per gap: each missing material version, each invalid one with its error findings.</summary>
    public static IReadOnlyList<string> Items(OfficeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var items = row.Findings.Where(f => f.Code == FindingCode.MaterialMissing).Select(Line).ToList();
        var errors = row.Findings.Where(f => f.Severity == Severity.Error && f.Code != FindingCode.MaterialMissing).ToList();
        foreach (var material in row.Materials)
        {
            foreach (var (word, state) in new[] { (true, material.Word), (false, material.Scan) })
            {
                if (state == MaterialState.Invalid && !errors.Any(e => e.File is not null && material.Files.Contains(e.File)))
                {
                    items.Add($"{MaterialNames.Brief(material.Kind)}的{(word ? " Word 电子版" : "盖章扫描版")}有误，请修改后重新提交。");
                }
            }
        }

        items.AddRange(errors.Select(Line));
        items.AddRange(ReminderCertificates.Items(row));
        return items;
    }

    private static string Line(Finding finding) =>
        (finding.File is { } file ? $"“{Intake.DisplayName.Leaf(file)}”：" : string.Empty) + finding.Message + (finding.FixBeyondMessage() is { } fix ? " " + fix : string.Empty);
}
