using Azure;
using Azure.Data.Tables;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Pipeline.Reporting;

/// <summary>
/// Reads what the office sees — the dashboard, the 汇总表, the reminders and <c>pilot1x status</c> — from Table storage in
/// one pass: the status rows, every document, every finding, every submission and every file held for the office. Whole-table reads on purpose: a pilot
/// has hundreds of institutions and a few thousand rows, and one consistent pass is simpler and cheaper than a query per
/// institution.
/// </summary>
public sealed class OfficeSnapshotReader(PipelineStore store, InstitutionRoster roster, LongTextStore longText, OfficeAnomaliesReader anomalies)
{
    public async Task<DashboardData> ReadAsync(DateTimeOffset asOf, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var (data, _, _) = await ReadRowsAsync(asOf, deadline, cancellationToken).ConfigureAwait(false);
        return data;
    }

    /// <summary>Only the office's summary (workbook, report mail, reminders).</summary>
    public async Task<OfficeSummary> ReadSummaryAsync(DateTimeOffset asOf, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        (await ReadAsync(asOf, deadline, cancellationToken).ConfigureAwait(false)).Summary;

    /// <summary>
    /// The stored truth in the shape of <c>pilot1x check</c> (<c>pilot1x status --json</c>): per roster institution its
    /// materials, the documents of the current versions with their sections, and its findings with their stored severity.
    /// </summary>
    public async Task<CheckReport> ReadCheckReportAsync(DateTimeOffset asOf, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var sectionRows = ReadAllAsync(store.Sections, null, cancellationToken);
        var (data, documents, questionnaires) = await ReadRowsAsync(asOf, deadline, cancellationToken).ConfigureAwait(false);
        var sections = new Dictionary<string, IReadOnlyList<SectionReport>>(StringComparer.Ordinal);
        foreach (var group in (await sectionRows.ConfigureAwait(false)).GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            var list = new List<SectionReport>();
            foreach (var row in group.OrderBy(r => r.RowKey, StringComparer.Ordinal))
            {
                var section = SectionRow.FromEntity(row);
                list.Add(new SectionReport(
                    await longText.ReadAsync(row, SectionRow.HeadingColumn, cancellationToken).ConfigureAwait(false) ?? string.Empty,
                    await longText.ReadAsync(row, SectionRow.TitleColumn, cancellationToken).ConfigureAwait(false) ?? string.Empty,
                    section.Template,
                    section.Chars));
            }

            sections[group.Key] = list;
        }

        return questionnaires.Apply(StoredCheckReport.Assemble(roster, data, documents, sections));
    }

    /// <summary>The office's questionnaire exports kept by the pipeline (the newest of each questionnaire).</summary>
    private async Task<List<CountedExport>> ReadExportsAsync(CancellationToken cancellationToken)
    {
        var exports = new List<CountedExport>();
        foreach (var row in await ReadAllAsync(store.Questionnaires, null, cancellationToken).ConfigureAwait(false))
        {
            exports.Add(await QuestionnaireRow.FromEntityAsync(row, longText, cancellationToken).ConfigureAwait(false));
        }

        return exports;
    }

    private async Task<(DashboardData Data, IReadOnlyList<StoredDocumentRow> Documents, StoredQuestionnaires Questionnaires)> ReadRowsAsync(DateTimeOffset asOf, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var statuses = ReadAllAsync(store.Status, $"RowKey eq '{StatusRow.RowKey}'", cancellationToken);
        var documents = ReadAllAsync(store.Documents, null, cancellationToken);
        var findings = ReadAllAsync(store.Findings, null, cancellationToken);
        var submissions = ReadAllAsync(store.Submissions, null, cancellationToken);
        var held = ReadAllAsync(store.Held, null, cancellationToken);
        var mail = ReadMailAsync(cancellationToken);
        await Task.WhenAll(statuses, documents, findings, submissions, held, mail).ConfigureAwait(false);

        List<StoredDocumentRow> stored = [.. (await documents.ConfigureAwait(false)).Select(StoredDocumentRow.From)];
        List<DashboardHeldFile> heldFiles = [.. (await held.ConfigureAwait(false)).Select(HeldRow.From).OrderByDescending(h => h.ReceivedAt ?? DateTimeOffset.MinValue)];
        List<SubmissionRow> submissionRows = [.. (await submissions.ConfigureAwait(false)).Select(SubmissionRow.FromEntity)];
        var (ledger, found) = await anomalies.ReadAsync(asOf, submissionRows, heldFiles, cancellationToken).ConfigureAwait(false);
        var data = new OfficeSnapshot(roster, asOf, deadline)
            .Assemble(
                [.. (await statuses.ConfigureAwait(false)).Select(StatusRow.FromEntity)],
                stored,
                [.. (await findings.ConfigureAwait(false)).Select(FindingRow.FromEntity)],
                submissionRows,
                await mail.ConfigureAwait(false));
        var questionnaires = new StoredQuestionnaires(roster, await ReadExportsAsync(cancellationToken).ConfigureAwait(false));
        var summary = questionnaires.ApplyTo(data.Summary);
        return (data with { Held = heldFiles, Mail = ledger.Messages, Summary = summary with { Anomalies = found } }, stored, questionnaires);
    }

    /// <summary>The mail door's rows: its received mails and its upload receipts, each table read as empty when it was never created (the mail door creates them).</summary>
    private async Task<MailArrivals> ReadMailAsync(CancellationToken cancellationToken)
    {
        var messages = ReadMailDoorTableAsync(store.MailMessages, $"PartitionKey eq '{MailMessageRow.Partition}'", cancellationToken);
        var uploadReceipts = ReadMailDoorTableAsync(store.UploadReceipts, null, cancellationToken);
        await Task.WhenAll(messages, uploadReceipts).ConfigureAwait(false);
        return new MailArrivals(await messages.ConfigureAwait(false), await uploadReceipts.ConfigureAwait(false));
    }

    private static async Task<List<TableEntity>> ReadMailDoorTableAsync(TableClient table, string? filter, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAllAsync(table, filter, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }

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
