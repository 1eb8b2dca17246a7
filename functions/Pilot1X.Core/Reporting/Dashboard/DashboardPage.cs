using System.Security.Cryptography;
using System.Text;
using Pilot1X.Core.Reporting.Office;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The office's dashboard as one self-contained HTML page (no CDN, fonts or scripts from elsewhere: the office network
/// may be closed): headline figures, the completeness matrix with client-side filters, a hidden detail per institution
/// and the submissions chart. Its only style and script carry the per-response nonce that
/// <see cref="ContentSecurityPolicy"/> allows, so text injected through a file name could never run even if unescaped.
/// </summary>
public static class DashboardPage
{
    /// <summary>The Content-Security-Policy header value to send with a page rendered with <paramref name="nonce"/>.</summary>
    public static string ContentSecurityPolicy(string nonce)
    {
        CheckNonce(nonce);
        return $"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>
    /// Every header a response carrying the page must have, wherever it is served (<c>pilot1x serve</c>, the HTTP
    /// function): the nonce policy, no MIME sniffing, no referrer, no caching of the office's data, no framing.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders(string nonce) =>
    [
        new("Content-Type", ContentType),
        new("Content-Security-Policy", ContentSecurityPolicy(nonce)),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "no-referrer"),
        new("Cache-Control", "no-store"),
        new("X-Frame-Options", "DENY"),
    ];

    /// <summary>A fresh random nonce (128 bits, base64) for one response.</summary>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    public static string Render(DashboardData data, string nonce)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckNonce(nonce);
        var summary = data.Summary;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n<title>1+X证书制度试点材料报送情况（截至").Append(E(OfficeLabels.Cst(summary.AsOf))).Append("）</title>\n")
            .Append("<style nonce=\"").Append(nonce).Append("\">").Append(DashboardAssets.Style).Append("</style>\n</head>\n<body>\n<header>\n<h1>1+X证书制度试点材料报送情况</h1>\n")
            .Append("<p>湖北省教育厅职成教处 · 只读页面，数据来自流水线的存储，刷新页面即取最新状态。</p>\n</header>\n<main>\n");
        DashboardHeadline.Append(html, summary);
        DashboardFollowUp.Append(html, summary);
        DashboardChart.Append(html, data);
        DashboardMatrix.Append(html, summary);
        DashboardHeld.Append(html, data.Held);
        DashboardMailLog.Append(html, data.Mail);
        DashboardDetail.Append(html, data);
        html.Append("</main>\n<footer><p>共 ").Append(Number(summary.AllFindings.Count())).Append(" 条问题；无法确定单位的文件 ")
            .Append(Number(summary.Unattributed.Count)).Append(" 条问题不在上表中，见汇总表（pilot1x report）的“问题清单”。</p></footer>\n")
            .Append("<script nonce=\"").Append(nonce).Append("\">").Append(DashboardAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The nonce lands in markup and in a header, so only base64 characters are accepted.</summary>
    private static void CheckNonce(string nonce)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nonce);
        if (nonce.Length > 128 || !nonce.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=' or '-' or '_'))
        {
            throw new ArgumentException("A nonce is base64 text of at most 128 characters.", nameof(nonce));
        }
    }
}
