using Azure;
using Azure.Data.Tables;
using Pilot1X.Core.Reporting.Anomalies;
using Pilot1X.Core.Reporting.Ledger;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Pipeline.Mail;

/// <summary>
/// Reads the 来件 ledger — every received mail with what became of it — for <c>pilot1x mail</c>, the dashboard and the
/// report mail alike. A receipt's fate is joined from the outbox: a receipt the sender gave up on is <c>failed</c> with
/// the server's reason, so "已发回执" never stands for a mail nobody received.
/// </summary>
public sealed class MailLedgerReader(TableServiceClient tables, PipelineStore pipeline)
{
    /// <summary>Every received mail, oldest first.</summary>
    public async Task<MailLedger> ReadAsync(DateTimeOffset asOf, CancellationToken cancellationToken) =>
        (await ReadAllAsync(asOf, cancellationToken).ConfigureAwait(false)).Ledger;

    /// <summary>The ledger, the dead-lettered outgoing mail that is not a receipt already shown as failed in it, and each submission's mail.</summary>
    public async Task<MailLedgerRead> ReadAllAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var messages = ReadTableAsync(MailTableNames.Messages, cancellationToken);
        var outbox = ReadTableAsync(MailTableNames.Outbox, cancellationToken);
        var submissions = InstitutionsBySubmissionAsync(cancellationToken);
        await Task.WhenAll(messages, outbox, submissions).ConfigureAwait(false);

        var sent = (await outbox.ConfigureAwait(false)).Select(OutboxRow.FromEntity)
            .GroupBy(r => r.MessageId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rows = (await messages.ConfigureAwait(false)).Select(e => MailMessageRow.FromEntity(e) is var row && row.ReceivedAt == DateTimeOffset.MinValue
            ? row with { ReceivedAt = e.Timestamp ?? DateTimeOffset.MinValue }
            : row).ToList();
        var byKey = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var institutions = await submissions.ConfigureAwait(false);
        var bySubmission = new Dictionary<string, MailLedgerEntry>(StringComparer.Ordinal);
        var entries = new List<MailLedgerEntry>();
        foreach (var row in rows)
        {
            var entry = EntryOf(row, byKey, institutions, sent);
            entries.Add(entry);
            if (row.SubmissionId is { } submission)
            {
                bySubmission[submission] = entry;
            }
        }

        entries = [.. entries.OrderBy(e => e.ArrivedAt).ThenBy(e => e.MessageId, StringComparer.Ordinal)];
        var receipts = entries.Select(e => e.Receipt).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var undelivered = sent.Values
            .Where(r => r.DeadLettered && !receipts.Contains(r.MessageId))
            .OrderBy(r => r.DeadLetteredAt ?? DateTimeOffset.MinValue)
            .Select(r => new UndeliveredMail(r.Subject, r.To, r.DeadLetteredAt, r.LastError))
            .ToList();
        return new MailLedgerRead(new MailLedger(asOf, entries), undelivered, bySubmission);
    }

    private static MailLedgerEntry EntryOf(MailMessageRow row, Dictionary<string, MailMessageRow> byKey,
        Dictionary<string, IReadOnlyList<string>> institutions, Dictionary<string, OutboxRow> sent)
    {
        // A duplicate was filed as the first copy: it shows that copy's institutions.
        var submission = row.SubmissionId
            ?? (row.DuplicateOf is { } first && byKey.TryGetValue(first, out var original) ? original.SubmissionId : null);
        var outcome = MailMessageRow.NameOf(row.Outcome);
        var reason = row.Reason;
        var receipt = row.Outcome == MailOutcome.Receipt ? row.Receipt : null;
        if (receipt is not null && sent.TryGetValue(receipt, out var outgoing))
        {
            if (outgoing.DeadLettered)
            {
                outcome = MailLedgerOutcomes.Failed;
                reason = "回执未能送达，系统不再自动重发：" + (outgoing.LastError ?? "发件服务器未说明原因") + "。请核对发件人地址后人工回复。";
            }
            else if (outgoing.Deferred)
            {
                reason = "回执暂未发出，系统会自动重试：" + (outgoing.LastError ?? "发件服务器暂时不可用");
            }
        }

        return new MailLedgerEntry(row.MessageId, row.ReceivedAt, row.From ?? row.FromHeader, row.Subject,
            submission is not null && institutions.TryGetValue(submission, out var names) ? names : [], outcome, receipt, reason);
    }

    // Each submission's roster institutions, read through the Submissions row mapper (a list, also from old rows).
    private async Task<Dictionary<string, IReadOnlyList<string>>> InstitutionsBySubmissionAsync(CancellationToken cancellationToken)
    {
        await pipeline.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        await foreach (var entity in pipeline.Submissions.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var row = SubmissionRow.FromEntity(entity);
            map[row.SubmissionId] = row.Institutions ?? [];
        }

        return map;
    }

    private async Task<List<TableEntity>> ReadTableAsync(string table, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in tables.GetTableClient(pipeline.Options.TablePrefix + table).QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No mail has been taken in (or sent) yet: the mail door creates its tables on first use.
        }

        return rows;
    }
}
