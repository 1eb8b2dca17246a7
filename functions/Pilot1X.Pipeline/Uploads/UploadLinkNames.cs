namespace Pilot1X.Pipeline.Uploads;

/// <summary>The rules an upload link's institution folder and file name must follow, so a link never points outside its folder.</summary>
public static class UploadLinkNames
{
    public static void Check(string institution, string fileName)
    {
        if (!IsSafe(institution))
        {
            throw new ArgumentException($"单位名称“{institution}”不能作为上传文件夹名（不能为空，不能含 / \\ 或控制字符）。", nameof(institution));
        }

        if (!IsSafe(fileName) || fileName is "." or ".." || fileName.Length > 200)
        {
            throw new ArgumentException($"文件名“{fileName}”不能用于上传链接：不能为空、不能含 / \\ 或控制字符、不能是 . 或 ..，最长 200 个字符。", nameof(fileName));
        }
    }

    /// <summary>A fresh archive name for a link given without a file name: the institution sends all its files in one archive.</summary>
    public static string DefaultArchive(string institution, DateTimeOffset now) =>
        institution + "-材料-" + now.ToOffset(Core.Checking.CheckOptions.ChinaStandardTime).ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + ".zip";

    private static bool IsSafe(string? name) =>
        !string.IsNullOrWhiteSpace(name) && !name.Any(c => c is '/' or '\\' || char.IsControl(c));
}
