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
        using var stream = new MemoryStream(bytes, writable: false);
        var encoding = DetectEncoding(stream);
        var start = (int)stream.Position;
        return encoding.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>
    /// The encoding of a seekable CSV stream: a byte order mark, else UTF-8 when every byte is valid UTF-8 (checked in
    /// chunks, never holding the whole file), else GB18030. The stream is left where the text starts (after a BOM).
    /// </summary>
    internal static Encoding DetectEncoding(Stream content)
    {
        var start = content.Position;
        Span<byte> head = stackalloc byte[3];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        (Encoding Encoding, int Skip)? marked = head[..read] switch
        {
            [0xEF, 0xBB, 0xBF] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => null,
        };
        if (marked is { } bom)
        {
            content.Position = start + bom.Skip;
            return bom.Encoding;
        }

        content.Position = start;
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var decoder = utf8.GetDecoder();
        var buffer = new byte[81920];
        try
        {
            int count;
            do
            {
                count = content.Read(buffer, 0, buffer.Length);
                decoder.GetCharCount(buffer, 0, count, flush: count == 0);
            }
            while (count > 0);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.Value;
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>Opens a seekable CSV stream as text in its detected encoding, with the delimiter its first line uses.</summary>
    internal static (TextReader Text, char Delimiter) OpenText(Stream content)
    {
        var encoding = DetectEncoding(content);
        var start = content.Position;
        var head = new char[4096];
        int length;
        using (var probe = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, 4096, leaveOpen: true))
        {
            length = probe.ReadBlock(head, 0, head.Length);
        }

        content.Position = start;
        var text = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, 81920, leaveOpen: true);
        return (text, DelimiterOf(new string(head, 0, length)));
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
        using var reader = new StringReader(text);
        return [.. Rows(reader, delimiter)];
    }

    /// <summary>The rows one at a time, as they are read: a caller may stop (or refuse a budget) without reading the rest.</summary>
    internal static IEnumerable<RosterRow> Rows(TextReader text, char delimiter)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var quoteRow = 0;
        var rowNumber = 1;
        var c = text.Read();
        while (c >= 0)
        {
            var next = text.Read();
            if (quoted)
            {
                if (c == '"' && next == '"')
                {
                    cell.Append('"');
                    c = text.Read();
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append((char)c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                quoteRow = rowNumber;
            }
            else if (c == delimiter)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && next == '\n')
                {
                    next = text.Read();
                }

                yield return EndRow(rowNumber++, cells, cell);
            }
            else
            {
                cell.Append((char)c);
            }

            c = next;
        }

        if (quoted)
        {
            throw new RosterFormatException($"第{quoteRow}行有一个引号没有配对（从这里开始的单元格一直没有结束）：请用 Excel 打开名单，检查这一行后重新另存为 CSV。");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            yield return EndRow(rowNumber, cells, cell);
        }
    }

    private static RosterRow EndRow(int number, List<string> cells, StringBuilder cell)
    {
        cells.Add(cell.ToString());
        cell.Clear();
        var row = new RosterRow(number, [.. cells]);
        cells.Clear();
        return row;
    }
}
