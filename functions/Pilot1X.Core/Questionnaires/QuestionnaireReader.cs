using System.Globalization;
using System.IO.Packaging;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Questionnaires;

/// <summary>
/// Reads a questionnaire export (.xlsx, or .csv in UTF-8, UTF-8 with BOM or GB18030) row by row and counts its answers
/// by school, role and certificate as typed. Recognised by its header, wherever it arrives; any other table is not a
/// questionnaire (null). The rows stream: only the counts are kept, and the row, cell and character budgets are checked
/// as they come.
/// </summary>
public static class QuestionnaireReader
{
    private static readonly string[] TimeFormats = ["yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d", "yyyy-M-d"];

    /// <summary>The export, or null when the file is not a questionnaire export.</summary>
    /// <param name="content">A seekable stream.</param>
    /// <param name="workbook">An .xlsx workbook (by content); otherwise the bytes are read as CSV text.</param>
    /// <exception cref="QuestionnaireFormatException">A questionnaire whose header cannot be understood, or past a budget.</exception>
    /// <exception cref="UnsafeOfficePackageException">A workbook whose parts pass the Office limits.</exception>
    public static QuestionnaireExport? Read(Stream content, bool workbook, IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        return workbook ? ReadWorkbook(content, limits) : ReadCsv(content, limits.Questionnaire);
    }

    private static QuestionnaireExport? ReadWorkbook(Stream content, IntakeLimits limits)
    {
        OfficePackageScreen.Screen(content, limits.Office);
        try
        {
            using var document = SpreadsheetDocument.Open(content, isEditable: false);
            var (worksheet, sharedStrings) = XlsxRosterReader.FirstWorksheet(document);
            return Count(XlsxRosterReader.Rows(worksheet, sharedStrings), limits.Questionnaire);
        }
        catch (RosterFormatException)
        {
            // No worksheet, or a broken shared string: whatever it is, it is no export to count.
            return null;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            return null;
        }
    }

    private static QuestionnaireExport? ReadCsv(Stream content, QuestionnaireLimits limits)
    {
        var (text, delimiter) = CsvRosterReader.OpenText(content);
        using var bounded = new BoundedTextReader(text, limits.MaxChars);
        try
        {
            return Count(CsvRosterReader.Rows(bounded, delimiter), limits);
        }
        catch (RosterFormatException ex)
        {
            throw new QuestionnaireFormatException($"问卷导出表{ex.Message.Replace("名单", "表格", StringComparison.Ordinal)}", ex);
        }
    }

    private static QuestionnaireExport? Count(IEnumerable<RosterRow> rows, QuestionnaireLimits limits)
    {
        using var enumerator = rows.GetEnumerator();
        var leading = new List<RosterRow>();
        while (leading.Count < 5 && enumerator.MoveNext())
        {
            leading.Add(enumerator.Current);
        }

        var columns = QuestionnaireColumns.Locate(leading);
        if (columns is null)
        {
            return null;
        }

        var tally = new Tally(columns, limits);
        foreach (var row in leading.Skip(columns.HeaderIndex + 1))
        {
            tally.Add(row);
        }

        while (enumerator.MoveNext())
        {
            tally.Add(enumerator.Current);
        }

        var headers = leading[columns.HeaderIndex].Cells;
        return new QuestionnaireExport(Signature(headers), [.. headers], tally.Answers,
            [.. tally.Groups.Select(g => new AnswerGroup(g.Key.School, g.Key.Role, g.Key.Certificates, g.Value))], tally.Latest);
    }

    /// <summary>The question texts, normalised, hashed: the same questionnaire exported again has the same header.</summary>
    private static string Signature(IEnumerable<string> headers)
    {
        var text = string.Join('\u001F', headers.Select(QuestionnaireColumns.Clean).Where(h => h.Length > 0));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private sealed class Tally(QuestionnaireColumns columns, QuestionnaireLimits limits)
    {
        private long _cells;
        private long _chars;
        private int _rows;

        public Dictionary<(string School, string Role, string Certificates), int> Groups { get; } = [];

        public int Answers { get; private set; }

        public DateTimeOffset? Latest { get; private set; }

        public void Add(RosterRow row)
        {
            _rows++;
            _cells += row.Cells.Count;
            foreach (var cell in row.Cells)
            {
                _chars += cell.Length;
            }

            CheckBudget(row);
            var key = (row[columns.School].Trim(), row[columns.Role].Trim(), row[columns.Certificate].Trim());
            if (key.Item1.Length == 0 && key.Item2.Length == 0 && key.Item3.Length == 0)
            {
                return;
            }

            Answers++;
            Groups[key] = Groups.GetValueOrDefault(key) + 1;
            if (columns.SubmittedAt >= 0 && TimeOf(row[columns.SubmittedAt]) is { } at && (Latest is null || at > Latest))
            {
                Latest = at;
            }
        }

        private void CheckBudget(RosterRow row)
        {
            var bound = _rows > limits.MaxRows ? string.Create(CultureInfo.InvariantCulture, $"{limits.MaxRows:N0} 行")
                : _cells > limits.MaxCells ? string.Create(CultureInfo.InvariantCulture, $"{limits.MaxCells:N0} 个单元格")
                : _chars > limits.MaxChars ? string.Create(CultureInfo.InvariantCulture, $"{limits.MaxChars:N0} 个字符")
                : null;
            if (bound is not null)
            {
                throw new QuestionnaireFormatException($"问卷导出表读到第{row.Number}行时超过 {bound} 的读取上限（疑似异常文件），已停止统计。");
            }
        }
    }

    /// <summary>A submission time as the platforms write it (text, or an Excel date number), in China Standard Time.</summary>
    private static DateTimeOffset? TimeOf(string cell)
    {
        var text = cell.Trim();
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new DateTimeOffset(time, TimeSpan.FromHours(8));
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2_958_466
            ? new DateTimeOffset(DateTime.FromOADate(serial), TimeSpan.FromHours(8))
            : null;
    }
}
