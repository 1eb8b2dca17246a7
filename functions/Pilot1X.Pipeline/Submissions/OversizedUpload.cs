using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// An upload link cannot cap a blob's size (a SAS grants create/write, not a length), so the analysis refuses a blob
/// over <see cref="IntakeLimits.MaxEntryBytes"/> from its properties, before a byte of it is downloaded.
/// </summary>
public static class OversizedUpload
{
    /// <summary>The refusal for a blob of <paramref name="size"/> bytes, or null when it is within the limit.</summary>
    /// <param name="blobName"><c>{institution}/{file as the school named it}</c>, the display path the analysis uses.</param>
    public static Finding? Refusal(string blobName, long size, IntakeLimits limits) =>
        OversizedFile.Refusal(blobName, size, limits, "上传的文件");
}
