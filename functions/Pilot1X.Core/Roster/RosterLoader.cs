using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Roster;

/// <summary>
/// Loads the office's roster spreadsheet (.xlsx, or .csv saved by Excel in UTF-8 or GB18030). Every problem becomes a
/// <see cref="RosterFormatException"/> whose Chinese message names the row and column to fix.
/// </summary>
public static class RosterLoader
{
    /// <summary>Loads by extension: <c>.xlsx</c> or <c>.csv</c>.</summary>
    public static InstitutionRoster Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".XLSX" or ".CSV"))
        {
            var hint = extension == ".XLS" ? "旧版 .xls 不能直接读取，" : string.Empty;
            throw new RosterFormatException($"名单文件“{file}”的格式不受支持：{hint}请在 Excel 中另存为 .xlsx 或“CSV（逗号分隔）”(.csv) 后再用。");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return extension == ".XLSX" ? LoadXlsx(stream) : LoadCsv(stream);
        }
        catch (RosterFormatException ex)
        {
            throw new RosterFormatException($"名单文件“{file}”：{ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RosterFormatException($"无法打开名单文件“{path}”：{ex.Message}。请确认路径正确、文件没有被 Excel 占用。", ex);
        }
    }

    /// <summary>The first worksheet of an .xlsx workbook (and its 试点证书 sheet, when present), read only when its parts stay within the Office limits.</summary>
    public static InstitutionRoster LoadXlsx(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        IReadOnlyList<RosterRow> rows;
        IReadOnlyList<RosterRow>? certificateRows;
        try
        {
            var workbook = Seekable(stream);
            OfficePackageScreen.Screen(workbook, OfficePackageLimits.Default);
            (rows, certificateRows) = XlsxRosterReader.Read(workbook);
        }
        catch (UnsafeOfficePackageException ex)
        {
            throw new RosterFormatException($"名单工作簿未予读取：{ex.Message}请用 Excel 打开确认内容正常后另存为 .xlsx 或“CSV（逗号分隔）”再试。", ex);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            throw new RosterFormatException("名单文件不是有效的 .xlsx 工作簿（已损坏，或其实是别的格式）：请用 Excel 打开后另存为 .xlsx 或“CSV（逗号分隔）”再试。", ex);
        }

        return RosterTable.Build(rows, certificateRows);
    }

    /// <summary>A CSV roster: UTF-8 with or without BOM, else GB18030; RFC 4180 quoting.</summary>
    public static InstitutionRoster LoadCsv(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return RosterTable.Build(CsvRosterReader.Read(buffer.ToArray()), certificateRows: null);
    }

    private static Stream Seekable(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }
}
