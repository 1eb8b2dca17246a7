using System.Text;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Office;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The completeness matrix: one row per roster institution, one column per material with its Word and scan states
/// colour-coded, then seal, outline sections, last received and number of findings. The filters read the row's
/// <c>data-*</c> attributes, which hold fixed codes only — never submitted text.
/// </summary>
internal static class DashboardMatrix
{
    public static readonly MaterialKind[] Materials = [MaterialKind.Summary, MaterialKind.Evaluation, MaterialKind.Case];

    public static void Append(StringBuilder html, OfficeSummary summary)
    {
        var total = Number(summary.Rows.Count);
        html.Append("<section class=\"matrix\" aria-labelledby=\"matrix-title\">\n<h2 id=\"matrix-title\">各单位材料齐全情况</h2>\n");
        AppendFilters(html, summary);
        html.Append("<p class=\"counter\" role=\"status\" data-testid=\"visible-count\">显示 <span id=\"shown-count\">").Append(total)
            .Append("</span> / <span id=\"total-count\">").Append(total).Append("</span> 个单位</p>\n")
            .Append("<div class=\"scroll\"><table data-testid=\"matrix\">\n<thead><tr><th scope=\"col\">单位名称</th><th scope=\"col\">层次</th><th scope=\"col\">抽查</th><th scope=\"col\">状态</th>");
        foreach (var kind in Materials)
        {
            html.Append("<th scope=\"col\">").Append(E(MaterialNames.Brief(kind))).Append("</th>");
        }

        html.Append("<th scope=\"col\">公章</th><th scope=\"col\">提纲部分</th>").Append(DashboardCertificates.Header).Append("<th scope=\"col\">最近收到</th><th scope=\"col\">问题数</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < summary.Rows.Count; i++)
        {
            AppendRow(html, summary.Rows[i], i);
        }

        html.Append("</tbody>\n</table></div>\n<p class=\"legend\">图例：<span class=\"st st-ok\">合格</span><span class=\"st st-invalid\">有误</span>")
            .Append("<span class=\"st st-missing\">缺少</span><span class=\"st st-na\">无需提交</span>。点击单位名称查看文件和问题明细。</p>\n");
        DashboardCertificates.AppendNote(html, summary);
        html.Append("</section>\n");
    }

    private static void AppendRow(StringBuilder html, OfficeRow row, int index)
    {
        var institution = row.Institution;
        html.Append("<tr data-testid=\"row\" data-row=\"").Append(Number(index)).Append("\" data-level=\"").Append(Code(institution.Level))
            .Append("\" data-sampled=\"").Append(institution.Sampled ? "yes" : "no").Append("\" data-status=\"").Append(Code(row.Status)).Append("\">")
            .Append("<th scope=\"row\"><button type=\"button\" class=\"name\" data-testid=\"institution\" data-detail=\"detail-").Append(Number(index)).Append("\">")
            .Append(E(institution.Name)).Append("</button></th><td>").Append(E(ContractNames.Label(institution.Level))).Append("</td><td>")
            .Append(institution.Sampled ? "是" : "否").Append("</td><td><span class=\"status status-").Append(Code(row.Status)).Append("\">")
            .Append(E(OfficeLabels.Of(row.Status))).Append("</span></td>");
        foreach (var kind in Materials)
        {
            var material = OfficeLabels.Find(row.Materials, kind);
            html.Append("<td class=\"material\">");
            Cell(html, kind, "word", "Word", DashboardCell.Of(material, word: true));
            Cell(html, kind, "scan", "扫描件", DashboardCell.Of(material, word: false));
            html.Append("</td>");
        }

        html.Append("<td>").Append(E(row.Seal is { } seal ? ContractNames.Label(seal) : "—")).Append("</td><td>")
            .Append(row.SectionsFound is { } found ? Invariant($"{found}/{row.SectionsExpected}") : "—").Append("</td>");
        DashboardCertificates.AppendCell(html, row);
        html.Append("<td>").Append(E(Cst(row.LastReceived))).Append("</td><td data-testid=\"findings-count\">").Append(Number(row.Findings.Count)).Append("</td></tr>\n");
    }

    private static void Cell(StringBuilder html, MaterialKind kind, string version, string label, DashboardCell cell) =>
        html.Append("<span class=\"st ").Append(cell.CssClass).Append("\" data-testid=\"cell-").Append(MaterialNames.Code(kind)).Append('-').Append(version)
            .Append("\">").Append(E(cell.Text(label))).Append("</span>");

    private static void AppendFilters(StringBuilder html, OfficeSummary summary)
    {
        html.Append("<form class=\"filters\" data-testid=\"filters\">\n");
        var levels = summary.Rows.Select(r => r.Institution.Level).Distinct().Order()
            .Select(l => (Code(l), ContractNames.Label(l)));
        Select(html, "filter-level", "办学层次", levels);
        Select(html, "filter-sampled", "抽查", [("yes", "抽查单位"), ("no", "非抽查单位")]);
        Select(html, "filter-status", "状态", [("complete", "齐全"), ("incomplete", "未齐全"), ("none", "未交")]);
        html.Append("</form>\n");
    }

    private static void Select(StringBuilder html, string id, string label, IEnumerable<(string Value, string Label)> options)
    {
        html.Append("<label for=\"").Append(id).Append("\">").Append(E(label)).Append("</label><select id=\"").Append(id)
            .Append("\" data-testid=\"").Append(id).Append("\"><option value=\"\">全部</option>");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(value).Append("\">").Append(E(text)).Append("</option>");
        }

        html.Append("</select>\n");
    }
}
