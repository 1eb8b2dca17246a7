using System.Text;

namespace Pilot1X.Core.Roster;

/// <summary>
/// Reads a roster saved by Excel as CSV: UTF-8 with or without BOM, or GB18030 (Chinese Excel's “CSV (逗号分隔)”),
/// with RFC 4180 quoting (quoted commas, doubled quotes, line breaks inside quotes).
/// </summary>
internal static class CsvRosterReader
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    internal static IReadOnlyList<RosterRow> Read(byte[] bytes)
    {
        var text = Decode(bytes);
        return Parse(text, DelimiterOf(text));
    }

    internal static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.Value.GetString(bytes);
        }
    }

    /// <summary>Comma, unless the first line has tabs and no comma (Excel's “Unicode text” export).</summary>
    private static char DelimiterOf(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        return first.Contains('\t', StringComparison.Ordinal) && !first.Contains(',', StringComparison.Ordinal) ? '\t' : ',';
    }

    internal static IReadOnlyList<RosterRow> Parse(string text, char delimiter)
    {
        var rows = new List<RosterRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var quoteRow = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                quoteRow = rows.Count + 1;
            }
            else if (c == delimiter)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                EndRow(rows, cells, cell);
            }
            else
            {
                cell.Append(c);
            }

            i++;
        }

        if (quoted)
        {
            throw new RosterFormatException($"第{quoteRow}行有一个引号没有配对（从这里开始的单元格一直没有结束）：请用 Excel 打开名单，检查这一行后重新另存为 CSV。");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            EndRow(rows, cells, cell);
        }

        return rows;
    }

    private static void EndRow(List<RosterRow> rows, List<string> cells, StringBuilder cell)
    {
        cells.Add(cell.ToString());
        cell.Clear();
        rows.Add(new RosterRow(rows.Count + 1, [.. cells]));
        cells.Clear();
    }
}
