using System.Net;
using System.Text;

namespace Pilot1X.Mail.Receipts;

/// <summary>Renders a receipt's blocks as plain text and as HTML (every line HTML-escaped: it quotes untrusted names).</summary>
internal static class ReceiptRendering
{
    public static string Plain(IReadOnlyList<ReceiptBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block.Title is not null)
            {
                text.Append(block.Title).Append('\n');
            }

            foreach (var line in block.Lines)
            {
                text.Append(block.List ? "  · " : string.Empty).Append(line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    public static string Html(IReadOnlyList<ReceiptBlock> blocks)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">");
        foreach (var block in blocks)
        {
            if (block.Title is not null)
            {
                html.Append("<h3>").Append(WebUtility.HtmlEncode(block.Title)).Append("</h3>");
            }

            html.Append(block.List ? "<ul>" : string.Empty);
            foreach (var line in block.Lines)
            {
                var tag = block.List ? "li" : "p";
                html.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(line)).Append("</").Append(tag).Append('>');
            }

            html.Append(block.List ? "</ul>" : string.Empty);
        }

        return html.Append("</body></html>").ToString();
    }
}
