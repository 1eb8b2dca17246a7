using System.Globalization;
using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Intake;

/// <summary>
/// One rule for a whole file past <see cref="IntakeLimits.MaxEntryBytes"/>, wherever it arrives (a <c>check</c> path, an
/// uploaded blob): refused from its size alone, before any parser sees it, because a reader's memory grows with the file.
/// </summary>
public static class OversizedFile
{
    /// <summary>The refusal for a file of <paramref name="size"/> bytes, or null when it is within the limit.</summary>
    /// <param name="displayPath">The path the finding is filed under.</param>
    /// <param name="noun">How the text names the file ("文件", "上传的文件").</param>
    public static Finding? Refusal(string displayPath, long size, IntakeLimits limits, string noun = "文件")
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(limits);
        if (size <= limits.MaxEntryBytes)
        {
            return null;
        }

        var fileName = DisplayName.Sanitize(displayPath[(displayPath.LastIndexOf('/') + 1)..]);
        return Finding.Of(FindingCode.ArchiveUnsafe, displayPath,
            string.Create(CultureInfo.InvariantCulture,
                $"{noun}“{fileName}”有 {Megabytes(size)}，超过单个文件上限 {Megabytes(limits.MaxEntryBytes)}，系统未予检查，不计入报送材料。"),
            "请只提交 Word 文档和盖章扫描件；扫描件请以150–300 dpi重新扫描（或拆分）后重新提交。");
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB");
}
