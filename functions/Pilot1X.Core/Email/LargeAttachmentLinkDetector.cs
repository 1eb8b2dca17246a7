using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Email;

/// <summary>
/// Finds NetEase/QQ "超大附件" links: the webmail kept the file on its own server and only a download link arrived,
/// so the office never received the file and the sender must be told.
/// </summary>
internal static partial class LargeAttachmentLinkDetector
{
    private const string Marker = "超大附件";
    private const int MaxBodyChars = 2 * 1024 * 1024;
    private const int NameWindow = 300;

    // A webmail notice lists a handful of files; past this many links the body is not a notice and scanning stops.
    private const int MaxLinks = 50;

    private static readonly string[] WebmailHosts =
        ["163.com", "126.com", "yeah.net", "188.com", "qq.com", "foxmail.com", "netease.com"];

    public static IReadOnlyList<Finding> Find(MimeMessage message, string displayPath, long maxBodyBytes)
    {
        var links = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var part in message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment))
        {
            // A body part of many megabytes is not a webmail notice; never load it whole.
            if (part.Content?.Stream is { CanSeek: true } raw && raw.Length > Math.Min(maxBodyBytes, 4L * MaxBodyChars))
            {
                continue;
            }

            var text = part.Text;
            if (string.IsNullOrEmpty(text) || !text.Contains(Marker, StringComparison.Ordinal))
            {
                continue;
            }

            if (text.Length > MaxBodyChars)
            {
                text = text[..MaxBodyChars];
            }

            var plain = part.IsHtml ? HtmlLinkText.Flatten(text) : text;
            Collect(plain, links);
        }

        return links.Select(link => ToFinding(link.Value, displayPath)).ToList();
    }

    private static void Collect(string text, Dictionary<string, string?> links)
    {
        var previousEnd = 0;
        foreach (Match match in UrlPattern().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', '。', '，');
            if (IsWebmailUrl(url) && !links.ContainsKey(url))
            {
                if (links.Count == MaxLinks)
                {
                    return;
                }

                var windowStart = Math.Max(previousEnd, match.Index - NameWindow);
                links[url] = NameBefore(text[windowStart..match.Index]) ?? NameInQuery(url);
            }

            previousEnd = match.Index + match.Length;
        }
    }

    private static bool IsWebmailUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && WebmailHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase)
                                 || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    private static string? NameBefore(string window)
    {
        var matches = FileName.Matches(window);
        return matches.Count == 0 ? null : matches[^1].Value.Trim();
    }

    private static string? NameInQuery(string url)
    {
        var match = QueryName.Match(url);
        return match.Success ? FileName.Match(WebUtility.UrlDecode(match.Groups["name"].Value)) is { Success: true } m ? m.Value : null : null;
    }

    private static Finding ToFinding(string? fileName, string displayPath)
    {
        var what = fileName is null ? "一个文件" : $"文件“{Intake.DisplayName.Sanitize(fileName)}”";
        return Finding.Of(
            FindingCode.LargeAttachmentLink,
            displayPath,
            $"邮件正文中是{what}的“超大附件”下载链接，文件本身没有随邮件送达，链接过期后也无法取回，因此该文件未被受理。",
            $"请把{what}直接作为普通附件发送（过大可压缩或分多封邮件发送），或通过上传通道提交。");
    }

    [GeneratedRegex(@"https?://[^\s<>""'（）()\[\]{}]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    // Without backtracking: a long run of name characters with no extension would otherwise be rescanned from each start.
    private static readonly Regex FileName = new(@"[^\s<>""'/\\:*?|（）()，,：]+\.(?:zip|rar|7z|docx?|wps|pdf|jpe?g|png|xlsx?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex QueryName = new(@"[?&](?:file|filename|name|fn)=(?<name>[^&#]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
