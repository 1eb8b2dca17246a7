using System.Globalization;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Roster;

namespace Pilot1X.Mail.Receipts;

/// <summary>What an upload receipt says that a mail receipt does not: its subject and its opening line.</summary>
internal static class UploadReceiptWording
{
    public static string Subject(Institution institution, int files, DateTimeOffset last) =>
        string.Create(CultureInfo.InvariantCulture, $"{institution.Name}：已收到通过上传链接提交的 {files} 个文件（{Cst(last)}，自动回执）");

    public static string Opening(ReceiptRequest request)
    {
        var first = request.FirstReceivedAt ?? request.ReceivedAt;
        var when = Cst(first) == Cst(request.ReceivedAt) ? Cst(request.ReceivedAt) : $"{Cst(first)} 至 {Cst(request.ReceivedAt)}";
        return string.Create(CultureInfo.InvariantCulture,
            $"您单位于 {when}（北京时间）通过上传链接提交的 {request.ArrivedFiles.Count} 个文件已收到，系统已自动检查，结果如下。");
    }

    private static string Cst(DateTimeOffset time) =>
        time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
