using Azure.Data.Tables;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// One row of the Held table, written and read only here: read back for the office's 待核实 list and
/// for the notice to the named institution. The <c>Notice</c> column is the mail door's: the notice's Message-ID, or why none.
/// </summary>
public static class HeldRow
{
    public const string NoticeColumn = "Notice";

    /// <summary>The Held row of a file held for the office: under the institution it names, counted for none.</summary>
    public static TableEntity EntityOf(string submissionId, UnassignedFile file, DateTimeOffset receivedAt, string? originalBlob)
    {
        var held = file.Held ?? throw new ArgumentException("Only a held file has a held row.", nameof(file));
        var finding = file.Findings.FirstOrDefault(f => f.Code == FindingCode.InstitutionMismatch);
        return SubmissionRows.Compact(new TableEntity(TableKey.Encode(held.Named), SubmissionRows.DocumentKey(submissionId, file.File))
        {
            ["SubmissionId"] = submissionId,
            ["File"] = TableLimits.Shorten(file.File),
            ["Named"] = held.Named,
            ["Kind"] = ContractNames.Of(held.Kind),
            ["IsWord"] = held.IsWord,
            ["Channel"] = held.Channel.Kind.ToString(),
            ["LinkInstitution"] = held.Channel.Institution,
            ["Sender"] = held.Channel.Sender is { } sender ? TableLimits.Shorten(sender) : null,
            ["Reason"] = held.Reason.ToString(),
            ["CurrentSubmitter"] = held.CurrentSubmitter is { } current ? TableLimits.Shorten(current) : null,
            ["ReceivedAt"] = receivedAt,
            ["OriginalBlob"] = originalBlob,
            ["Message"] = finding is null ? null : TableLimits.Shorten(finding.Message),
        });
    }

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
