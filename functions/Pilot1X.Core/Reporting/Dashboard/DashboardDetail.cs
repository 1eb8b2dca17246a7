using System.Text;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Office;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// One hidden section per institution with its files and findings, rendered on the server so the page needs no second
/// route (and no key handling) to show them; the script only unhides the one whose name was clicked.
/// </summary>
internal static class DashboardDetail
{
    public static void Append(StringBuilder html, DashboardData data)
    {
        html.Append("<section class=\"details\" aria-label=\"单位明细\">\n");
        for (var i = 0; i < data.Summary.Rows.Count; i++)
        {
            AppendOne(html, data.Summary.Rows[i], [.. data.DocumentsOf(data.Summary.Rows[i].Institution.Name)], Number(i));
        }

        html.Append("</section>\n");
    }

    private static void AppendOne(StringBuilder html, OfficeRow row, IReadOnlyList<DashboardDocument> documents, string index)
    {
        html.Append("<article class=\"detail\" id=\"detail-").Append(index).Append("\" data-testid=\"detail\" tabindex=\"-1\" hidden aria-labelledby=\"detail-")
            .Append(index).Append("-title\">\n<h2 id=\"detail-").Append(index).Append("-title\">").Append(E(row.Institution.Name)).Append("</h2>\n")
            .Append("<button type=\"button\" class=\"close\" data-close>关闭明细</button>\n<p>")
            .Append(E(ContractNames.Label(row.Institution.Level))).Append(row.Institution.Sampled ? "，抽查单位" : "，非抽查单位").Append("；状态：<span class=\"status status-")
            .Append(Code(row.Status)).Append("\">").Append(E(OfficeLabels.Of(row.Status))).Append("</span>；最近收到：").Append(E(Cst(row.LastReceived))).Append("。</p>\n");
        AppendFiles(html, documents);
        DashboardCertificates.AppendDetail(html, row);
        AppendFindings(html, row.Findings);
        html.Append("</article>\n");
    }

    private static void AppendFiles(StringBuilder html, IReadOnlyList<DashboardDocument> documents)
    {
        html.Append("<h3>收到的文件</h3>\n");
        if (documents.Count == 0)
        {
            html.Append("<p data-testid=\"no-files\">该单位尚无任何文件（未交）。</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table data-testid=\"files\">\n<thead><tr><th scope=\"col\">文件</th><th scope=\"col\">材料</th><th scope=\"col\">格式</th><th scope=\"col\">版本</th>")
            .Append("<th scope=\"col\">字数/页数</th><th scope=\"col\">公章</th><th scope=\"col\">提纲部分</th><th scope=\"col\">收到时间</th></tr></thead>\n<tbody>\n");
        foreach (var document in documents)
        {
            html.Append("<tr data-testid=\"file\"").Append(document.Current ? string.Empty : " class=\"replaced\"").Append("><td class=\"file\">");
            AppendFileName(html, document.File);
            html.Append("</td><td>").Append(E(MaterialNames.Brief(document.Kind))).Append("</td><td>").Append(E(FormatLabel(document.Format)))
                .Append("</td><td>").Append(E(document.Current ? "当前版本" : document.Status ?? "已被新版本替换")).Append("</td><td>").Append(E(Size(document)))
                .Append("</td><td>").Append(E(document.Seal is { } seal ? ContractNames.Label(seal) : "—")).Append("</td><td>").Append(E(Sections(document)))
                .Append("</td><td>").Append(E(Cst(document.ReceivedAt))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    /// <summary>The file as the school named it (and the archive it sat in), never where it is stored.</summary>
    internal static void AppendFileName(StringBuilder html, string displayPath) =>
        html.Append("<span class=\"leaf\">").Append(E(DisplayName.ForPeople(displayPath))).Append("</span>");

    private static void AppendFindings(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        html.Append("<h3>问题与改正建议</h3>\n");
        if (findings.Count == 0)
        {
            html.Append("<p data-testid=\"no-findings\">没有发现问题。</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table data-testid=\"findings\">\n<thead><tr><th scope=\"col\">级别</th><th scope=\"col\">代码</th><th scope=\"col\">文件</th>")
            .Append("<th scope=\"col\">说明</th><th scope=\"col\">改正建议</th></tr></thead>\n<tbody>\n");
        foreach (var finding in findings)
        {
            html.Append("<tr data-testid=\"finding\" data-code=\"").Append(E(finding.Code)).Append("\"><td><span class=\"sev sev-").Append(ContractNames.Of(finding.Severity))
                .Append("\">").Append(E(ContractNames.Label(finding.Severity))).Append("</span></td><td><code>").Append(E(finding.Code)).Append("</code></td><td class=\"file\">");
            if (finding.File is { } file)
            {
                AppendFileName(html, file);
            }
            else
            {
                html.Append("（整个单位）");
            }

            html.Append("</td><td>").Append(E(finding.Message)).Append("</td><td>").Append(E(finding.Suggestion ?? "—")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    private static string Size(DashboardDocument document)
    {
        var parts = new List<string>();
        if (document.Chars is { } chars)
        {
            parts.Add(Invariant($"{chars} 字"));
        }

        if (document.Pages is { } pages)
        {
            parts.Add(Invariant($"{pages} 页"));
        }

        if (document.Images is { } images)
        {
            parts.Add(Invariant($"图片 {images} 张（有图注 {document.CaptionedImages ?? 0} 张）"));
        }

        return parts.Count == 0 ? "—" : string.Join("，", parts);
    }

    private static string Sections(DashboardDocument document) =>
        document.TemplateSections is not { } matched ? "—"
        : Invariant($"{matched.Count}/{document.SectionsExpected}") + (matched.Count == 0 ? string.Empty : "（第" + string.Join("、", matched.Order().Select(Number)) + "部分）");

    private static string FormatLabel(FileFormat format) => format switch
    {
        FileFormat.Docx => "Word（.docx）",
        FileFormat.Doc => "旧版 Word（.doc）",
        FileFormat.Wps => "WPS 文字（.wps）",
        FileFormat.Pdf => "PDF",
        FileFormat.Image => "图片",
        FileFormat.Archive => "压缩包",
        FileFormat.Email => "邮件",
        FileFormat.Spreadsheet => "Excel 工作簿",
        FileFormat.Presentation => "PowerPoint 演示文稿",
        _ => "其他格式",
    };
}
