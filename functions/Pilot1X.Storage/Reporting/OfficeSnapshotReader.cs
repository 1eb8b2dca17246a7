using Azure.Data.Tables;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Pipeline;

namespace Pilot1X.Storage.Reporting;

/// <summary>
/// Reads what the office sees — the dashboard, the 汇总表 and the reminders — from Table storage in one pass: the status
/// rows (the same truth <c>pilot1x status</c> prints), every document, every finding, every submission and every file held for the office. Whole-table
/// reads on purpose: a pilot has hundreds of institutions and a few thousand rows, and one consistent pass is simpler and
/// cheaper than a query per institution.
/// </summary>
public sealed class OfficeSnapshotReader(PipelineStore store, InstitutionRoster roster)
{
    public async Task<DashboardData> ReadAsync(DateTimeOffset asOf, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var statuses = ReadAllAsync(store.Status, $"RowKey eq '{StatusRow.RowKey}'", cancellationToken);
        var documents = ReadAllAsync(store.Documents, null, cancellationToken);
        var findings = ReadAllAsync(store.Findings, null, cancellationToken);
        var submissions = ReadAllAsync(store.Submissions, null, cancellationToken);
        var held = ReadAllAsync(store.Held, null, cancellationToken);
        await Task.WhenAll(statuses, documents, findings, submissions, held).ConfigureAwait(false);

        var data = new OfficeSnapshot(roster, asOf, deadline)
            .Assemble(
                [.. (await statuses.ConfigureAwait(false)).Select(StatusRow.FromEntity)],
                [.. (await documents.ConfigureAwait(false)).Select(StoredDocumentRow.From)],
                await findings.ConfigureAwait(false),
                await submissions.ConfigureAwait(false));
        return data with { Held = [.. (await held.ConfigureAwait(false)).Select(HeldRow.From).OrderByDescending(h => h.ReceivedAt ?? DateTimeOffset.MinValue)] };
    }

    /// <summary>Only the office's summary (workbook, report mail, reminders).</summary>
    public async Task<OfficeSummary> ReadSummaryAsync(DateTimeOffset asOf, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        (await ReadAsync(asOf, deadline, cancellationToken).ConfigureAwait(false)).Summary;

    private static async Task<List<TableEntity>> ReadAllAsync(TableClient table, string? filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
