namespace Pilot1X.Core.Formats;

/// <summary>What a file is by its content (magic bytes), never by its extension alone.</summary>
public enum FileFormat
{
    Other,
    Docx,
    /// <summary>Legacy Word: an OLE compound file (D0 CF 11 E0).</summary>
    Doc,
    /// <summary>WPS Office's own format (also a compound file, told apart by extension or stream names).</summary>
    Wps,
    Pdf,
    /// <summary>JPEG or PNG.</summary>
    Image,
    /// <summary>zip, rar or 7z.</summary>
    Archive,
    /// <summary>An RFC 5322 message (.eml).</summary>
    Email,
    /// <summary>An Excel workbook (.xlsx, .xlsm): an Office package, never unpacked as an archive; the contract says <c>other</c>.</summary>
    Spreadsheet,
    /// <summary>A PowerPoint presentation (.pptx): an Office package, never unpacked as an archive; the contract says <c>other</c>.</summary>
    Presentation,
}
