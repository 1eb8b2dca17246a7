using System.Globalization;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;

namespace Pilot1X.Storage.Pipeline;

/// <summary>
/// An upload link cannot cap a blob's size (a SAS grants create/write, not a length), so the analysis refuses a blob
/// over <see cref="IntakeLimits.MaxEntryBytes"/> from its properties, before a byte of it is downloaded.
/// </summary>
public static class OversizedUpload
{
    /// <summary>The refusal for a blob of <paramref name="size"/> bytes, or null when it is within the limit.</summary>
    /// <param name="blobName"><c>{institution}/{file as the school named it}</c>, the display path the analysis uses.</param>
    public static Finding? Refusal(string blobName, long size, IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        ArgumentNullException.ThrowIfNull(limits);
        if (size <= limits.MaxEntryBytes)
        {
            return null;
        }

        var fileName = blobName[(blobName.LastIndexOf('/') + 1)..];
        return Finding.Of(FindingCode.ArchiveUnsafe, blobName,
            string.Create(CultureInfo.InvariantCulture,
                $"上传的文件“{fileName}”有 {Megabytes(size)}，超过单个文件上限 {Megabytes(limits.MaxEntryBytes)}，系统未下载、未检查，不计入报送材料。"),
            "请只上传 Word 文档和盖章扫描件；扫描件请以150–300 dpi重新扫描（或拆分）后重新上传。");
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB");
}
