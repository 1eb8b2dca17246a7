namespace Pilot1X.Core.Formats;

/// <summary>What <see cref="FormatDetector"/> read from a file's first bytes.</summary>
/// <param name="Format">The contract's format.</param>
/// <param name="Detail">A finer name for messages and routing: docx, xlsx, pptx, ooxml (another Office package), doc, wps, pdf, jpeg, png, zip, rar, 7z, eml, ooxml-encrypted, empty, …</param>
public sealed record DetectedFormat(FileFormat Format, string Detail)
{
    /// <summary>A password-protected Office file: an OLE container holding an EncryptedPackage.</summary>
    public bool IsEncryptedOffice => Detail == "ooxml-encrypted";

    public bool IsEmpty => Detail == "empty";
}
