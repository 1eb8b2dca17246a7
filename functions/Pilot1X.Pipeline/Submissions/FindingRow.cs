using System.Globalization;
using Azure.Data.Tables;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// One row of the Findings table (PK the submission, RK its number), the only place its columns are named. The finding
/// comes back with the severity it was stored with — the engine's judgement at analysis time, not a re-derivation from
/// the code; rows written before the column existed fall back to the contract's severity for the code.
/// </summary>
/// <param name="SubmissionId">The submission the finding is about (PartitionKey).</param>
/// <param name="Number">Its position within the submission (RowKey, five digits).</param>
/// <param name="Institution">The roster institution it concerns; empty for files attributed to none.</param>
/// <param name="Finding">The finding itself.</param>
public sealed record FindingRow(string SubmissionId, int Number, string Institution, Finding Finding)
{
    /// <summary>A submission's findings numbered in order, ready to upsert.</summary>
    public static IEnumerable<TableEntity> ToEntities(string submissionId, IEnumerable<(string Institution, Finding Finding)> findings) =>
        findings.Select((f, i) => new FindingRow(submissionId, i, f.Institution, f.Finding).ToEntity());

    public TableEntity ToEntity() => SubmissionRows.Compact(new TableEntity(SubmissionId, Number.ToString("D5", CultureInfo.InvariantCulture))
    {
        ["Institution"] = Institution,
        ["Code"] = Finding.Code,
        ["Severity"] = ContractNames.Of(Finding.Severity),
        ["File"] = Finding.File,
        ["Message"] = TableLimits.Shorten(Finding.Message),
        ["Suggestion"] = TableLimits.Shorten(Finding.Suggestion),
    });

    public static FindingRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var code = row.GetString("Code") ?? string.Empty;
        var severity = Enum.TryParse<Severity>(row.GetString("Severity"), ignoreCase: true, out var stored) ? stored : FindingCode.SeverityOf(code);
        var number = int.TryParse(row.RowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new FindingRow(row.PartitionKey, number, row.GetString("Institution") ?? string.Empty,
            new Finding(code, severity, row.GetString("File"), row.GetString("Message") ?? string.Empty, row.GetString("Suggestion")));
    }
}
