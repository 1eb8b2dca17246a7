using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The report mail's certificate part: every certificate an evaluation report grades 整改 or 建议取消试点资格 — what the
/// office reports upward — in plain text and HTML from the same list; one line instead when the roster lists no certificates.
/// </summary>
public static class CertificatesReportedUpward
{
    private const string Title = "评价为“整改”或“建议取消试点资格”的证书（需上报）";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The lines, one per graded certificate, in roster order: 单位 · 证书（培训评价组织）：等级.</summary>
    public static IReadOnlyList<string> Lines(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return [.. summary.Rows.SelectMany(r => r.Certificates.Where(CertificateLabels.ReportedUpward).Select(c =>
            $"{r.Institution.Name} · {c.Name}{(c.Organisation is { } organisation ? $"（培训评价组织：{organisation}）" : string.Empty)}：{c.Grade}"))];
    }

    public static string Plain(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Rows.All(r => r.Certificates.Count == 0))
        {
            return "\n" + CertificateLabels.RosterWithoutCertificates + "\n";
        }

        var lines = Lines(summary);
        var text = new StringBuilder("\n").Append(Title).Append("：\n");
        if (lines.Count == 0)
        {
            text.Append("  无。\n");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {lines[i]}\n");
        }

        return text.ToString();
    }

    public static string Html(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Rows.All(r => r.Certificates.Count == 0))
        {
            return "<p>" + Encoder.Encode(CertificateLabels.RosterWithoutCertificates) + "</p>\n";
        }

        var lines = Lines(summary);
        var html = new StringBuilder("<h2>").Append(Encoder.Encode(Title)).Append("</h2>\n");
        if (lines.Count == 0)
        {
            return html.Append("<p>无。</p>\n").ToString();
        }

        html.Append("<ol>\n");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(Encoder.Encode(line)).Append("</li>\n");
        }

        return html.Append("</ol>\n").ToString();
    }
}
