using System.Buffers;
using System.Net;
using System.Text;

namespace Pilot1X.Core.Email;

/// <summary>
/// HTML to text in one forward pass: every tag becomes a space and each link's address is written right after its
/// anchor text, where webmail notices put the file name. Unclosed anchors and stray '&lt;' cost no more than their own
/// length (a regex looking for the closing tag rescanned the rest of the body for each of them).
/// </summary>
internal static class HtmlLinkText
{
    private static readonly SearchValues<char> HrefEnd = SearchValues.Create("\"' \t\r\n");

    public static string Flatten(string html)
    {
        var text = new StringBuilder(html.Length);
        string? openLink = null;
        var nextClose = -1;
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                break;
            }

            text.Append(html, position, open - position);
            // Remembered across tags so that many '<' without a '>' scan the rest of the body once, not once each.
            if (nextClose < open)
            {
                nextClose = html.IndexOf('>', open);
                if (nextClose < 0)
                {
                    nextClose = html.Length;
                }
            }

            if (nextClose == html.Length)
            {
                position = open;
                break;
            }

            var tag = html.AsSpan(open + 1, nextClose - open - 1);
            if (IsAnchorStart(tag))
            {
                Close(text, ref openLink);
                openLink = Href(tag);
            }
            else if (IsAnchorEnd(tag))
            {
                Close(text, ref openLink);
            }

            text.Append(' ');
            position = nextClose + 1;
        }

        text.Append(html, position, html.Length - position);
        Close(text, ref openLink);
        return WebUtility.HtmlDecode(text.ToString());
    }

    // An anchor left open is closed by the next one (or the end): its address still follows its text.
    private static void Close(StringBuilder text, ref string? openLink)
    {
        if (openLink is not null)
        {
            text.Append(' ').Append(openLink).Append(' ');
            openLink = null;
        }
    }

    private static bool IsAnchorStart(ReadOnlySpan<char> tag) =>
        tag.Length >= 1 && (tag[0] is 'a' or 'A') && (tag.Length == 1 || tag[1] is ' ' or '\t' or '\r' or '\n' or '/');

    private static bool IsAnchorEnd(ReadOnlySpan<char> tag) =>
        tag.Length >= 2 && tag[0] == '/' && (tag[1] is 'a' or 'A') && (tag.Length == 2 || char.IsWhiteSpace(tag[2]));

    /// <summary>The href value inside one tag, quoted or not; null when the anchor has none.</summary>
    private static string? Href(ReadOnlySpan<char> tag)
    {
        var rest = tag;
        while (true)
        {
            var at = rest.IndexOf("href", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            rest = rest[(at + 4)..];
            var afterName = rest.TrimStart();
            if (afterName.Length == 0 || afterName[0] != '=')
            {
                continue;
            }

            var value = afterName[1..].TrimStart();
            if (value.Length > 0 && value[0] is '"' or '\'')
            {
                value = value[1..];
            }

            var end = value.IndexOfAny(HrefEnd);
            var url = end < 0 ? value : value[..end];
            return url.IsEmpty ? null : url.ToString();
        }
    }
}
