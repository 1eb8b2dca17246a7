using System.Globalization;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Reporting;

/// <summary>The readable Chinese report of a check: one block per institution that sent anything, the 未交 list last.</summary>
public static class CheckReportText
{
    public static void Write(TextWriter output, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var received = report.Institutions.Where(i => !i.NothingReceived).ToList();
        var nothing = report.Institutions.Where(i => i.NothingReceived).ToList();
        output.WriteLine("1+X证书制度试点工作材料检查报告");
        output.WriteLine($"检查时间：{ReportBuilder.Cst(report.AsOf)}　截止时间：{ReportBuilder.Cst(report.Deadline)}");
        output.WriteLine(Invariant($"名单内单位 {report.Institutions.Count} 个：{OfficeLabels.Complete} {report.Institutions.Count(i => i.Complete)} 个，{OfficeLabels.Incomplete} {received.Count(i => !i.Complete)} 个，{OfficeLabels.NothingReceived} {nothing.Count} 个。"));
        if (report.Institutions.All(i => i.Institution.PilotCertificates.Count == 0))
        {
            output.WriteLine($"说明：名单没有“{Roster.RosterColumns.CertificatesHeader}”列（或该列为空），未检查评价报告是否覆盖并评价了每个试点证书；在名单中填上各单位的试点证书即可检查。");
        }

        foreach (var institution in received)
        {
            output.WriteLine();
            WriteInstitution(output, institution);
        }

        if (report.Unassigned.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"■ 无法归属到名单内单位或待核实（未计入任何单位）的文件（{report.Unassigned.Count} 个）"));
            foreach (var file in report.Unassigned)
            {
                output.WriteLine(file.Held is { } held ? $"  {DisplayName.ForPeople(file.File)}（待核实：名称指向“{held.Named}”）" : $"  {DisplayName.ForPeople(file.File)}");
                WriteFindings(output, file.Findings, "    ");
            }
        }

        if (report.Ignored.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"■ 已忽略（{report.Ignored.Count} 个）"));
            foreach (var ignored in report.Ignored)
            {
                output.WriteLine($"  {DisplayName.ForPeople(ignored.File)}：{IgnoreLabel(ignored.Reason)}");
            }
        }

        if (report.Questionnaires is { Files.Count: > 0 } questionnaires)
        {
            output.WriteLine();
            output.WriteLine(Questionnaires(questionnaires, report.Institutions));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"■ 未交名单（{nothing.Count} 个）"));
        output.WriteLine(nothing.Count == 0 ? "  无" : "  " + string.Join("、", nothing.Select(i => i.Institution.Name)));
    }

    private static void WriteInstitution(TextWriter output, InstitutionReport report)
    {
        var institution = report.Institution;
        output.WriteLine($"■ {institution.Name}（{ContractNames.Label(institution.Level)}{(institution.Sampled ? "，抽查单位" : string.Empty)}）— 材料{(report.Complete ? OfficeLabels.Complete : OfficeLabels.Incomplete)}");
        output.WriteLine("  材料：");
        foreach (var material in report.Materials)
        {
            var optional = material.Required ? string.Empty : "（选报）";
            output.WriteLine($"    {MaterialNames.Brief(material.Kind)}{optional}　Word：{ContractNames.Label(material.Word)}　盖章扫描版：{ContractNames.Label(material.Scan)}");
        }

        if (report.Certificates.Count > 0)
        {
            output.WriteLine("  试点证书：");
            foreach (var certificate in report.Certificates)
            {
                output.WriteLine($"    {certificate.Name}：{ContractNames.Label(certificate)}；{ContractNames.Label(certificate.SelfCheck)}");
            }
        }

        if (report.Documents.Count > 0)
        {
            output.WriteLine("  文件：");
            foreach (var document in report.Documents)
            {
                output.WriteLine($"    - {DisplayName.ForPeople(document.File)}：{Describe(document)}");
            }
        }

        output.WriteLine(report.Findings.Count == 0 ? "  问题：无" : "  问题：");
        WriteFindings(output, report.Findings, "    ");
    }

    private static string Describe(DocumentReport document)
    {
        var kind = MaterialNames.Brief(document.Kind);
        var status = document.Status switch { "duplicate" => "（重复，按一份计）", "superseded" => "（已被新版本取代）", _ => string.Empty };
        if (document.Sections is { } sections)
        {
            var matched = sections.Count(s => s.Template is not null);
            var outline = document.Kind is MaterialKind.Summary or MaterialKind.Evaluation
                ? Invariant($"{sections.Count} 个一级标题（{matched} 个对应提纲）")
                : Invariant($"{sections.Count} 个一级标题");
            return Invariant($"{kind} Word，{outline}，共 {document.Chars} 字，图片 {document.Images} 张（有图注 {document.CaptionedImages} 张）{status}");
        }

        if (document.Pages is { } pages)
        {
            return Invariant($"{kind} 扫描件，{pages} 页，{ContractNames.Label(document.Seal ?? Scans.SealStatus.Undetermined)}{status}");
        }

        return $"{kind} {ContractNames.Of(document.Format)}{status}";
    }

    private static void WriteFindings(TextWriter output, IEnumerable<Finding> findings, string indent)
    {
        foreach (var finding in findings)
        {
            var fix = finding.FixBeyondMessage() is { } suggestion ? $" → {suggestion}" : string.Empty;
            output.WriteLine($"{indent}[{ContractNames.Label(finding.Severity)}] {finding.Code} {finding.Message}{fix}");
        }
    }

    // One line: what was counted, who has not reached the quota, and how many answers name no roster school.
    private static string Questionnaires(QuestionnaireSummary questionnaires, IReadOnlyList<InstitutionReport> institutions)
    {
        var files = string.Join("、", questionnaires.Files.Select(f => $"“{DisplayName.Leaf(f)}”"));
        var shortfall = institutions.Count(i => i.Questionnaires is { QuotaMet: false });
        var quota = institutions.Any(i => i.Questionnaires is not null)
            ? Invariant($"，{shortfall} 个单位有证书未达到每证书 5 名教师、10 名学生的问卷要求")
            : string.Empty;
        var unmatched = questionnaires.Unmatched > 0 ? Invariant($"，{questionnaires.Unmatched} 份答卷的学校不在名单内（未计入）") : string.Empty;
        return Invariant($"■ 问卷：统计了导出表 {files}，共 {questionnaires.Answers} 份答卷{quota}{unmatched}。");
    }

    private static string IgnoreLabel(string reason) => reason switch
    {
        "AUTO_REPLY" => "自动回复邮件",
        "BOUNCE" => "退信",
        "DUPLICATE" => "重复收到的同一封邮件",
        _ => reason,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
