using Azure.Data.Tables;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Dashboard;

namespace Pilot1X.Storage.Pipeline;

/// <summary>
/// One row of the Held table (written by <see cref="SubmissionRows.Held"/>) read back for the office's 待核实 list and
/// for the notice to the named institution. The <c>Notice</c> column is the mail door's: the notice's Message-ID, or why none.
/// </summary>
public static class HeldRow
{
    public const string NoticeColumn = "Notice";

    public static DashboardHeldFile From(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var channel = new SubmissionChannel(
            Enum.TryParse<ChannelKind>(row.GetString("Channel"), out var kind) ? kind : ChannelKind.Direct,
            row.GetString("LinkInstitution"),
            row.GetString("Sender"));
        var held = new HeldFiling(
            row.GetString("Named") ?? string.Empty,
            channel,
            Enum.TryParse<HoldReason>(row.GetString("Reason"), out var reason) ? reason : HoldReason.NamesAnotherInstitution,
            Enum.TryParse<MaterialKind>(row.GetString("Kind"), ignoreCase: true, out var material) ? material : MaterialKind.Unknown,
            row.GetBoolean("IsWord") ?? false,
            row.GetString("CurrentSubmitter"));
        return new DashboardHeldFile(row.GetString("SubmissionId") ?? string.Empty, row.GetString("File") ?? string.Empty, held,
            row.GetDateTimeOffset("ReceivedAt"), row.GetString("Message"), row.GetString(NoticeColumn));
    }

    /// <summary>The merge that records the notice on one held row, leaving the analysis' columns as they are.</summary>
    public static TableEntity NoticeEntity(string partitionKey, string rowKey, string notice) =>
        new(partitionKey, rowKey) { [NoticeColumn] = notice };
}
