using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Mail.Outbox;
using Pilot1X.Pipeline;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Answers uploads through an institution's link (<c>uploads/{institution}/…</c>): once the institution has uploaded nothing
/// for the quiet period and every upload is analysed, ONE receipt for the whole batch goes to all its roster contacts,
/// listing every file, the material states and what is still missing. A batch is keyed by its submissions, and the receipt's
/// Message-ID by the batch, so a pass that runs twice queues one mail; an upload after the receipt starts a new batch.
/// An institution without a contact address gets no receipt; the batch is recorded with the reason.
/// The Functions timer and <c>pilot1x run</c> both call <see cref="IssueDueAsync"/>.
/// </summary>
public sealed class UploadReceiptIssuer(
    MailStore mail,
    PipelineStore pipeline,
    SubmissionReader reader,
    InstitutionRoster roster,
    InstitutionStatusStore statuses,
    ReceiptComposer composer,
    MailOutbox outbox,
    IOptions<UploadReceiptOptions> options,
    IOptions<OfficeOptions> office,
    ILogger<UploadReceiptIssuer> logger)
{
    private static readonly HashSet<SubmissionState> Finished = [SubmissionState.Analyzed, SubmissionState.Gone, SubmissionState.Poisoned];

    /// <summary>Issues the receipt of every batch that is finished at <paramref name="now"/>.</summary>
    public async Task<UploadReceiptResult> IssueDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await mail.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await pipeline.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var batches = (await ReadAllAsync(mail.UploadReceipts, cancellationToken).ConfigureAwait(false)).Select(UploadReceiptRow.From).ToList();
        var covered = batches.SelectMany(b => b.Submissions).ToHashSet(StringComparer.Ordinal);
        int issued = 0, unsent = 0, waiting = 0;

        // A batch claimed by a pass that stopped before queuing its receipt: queued now, under the same Message-ID.
        foreach (var claimed in batches.Where(b => b.State == UploadReceiptRow.Issuing))
        {
            if (roster.Find(claimed.Institution) is { } institution && await TrySendAsync(institution, claimed, now, cancellationToken).ConfigureAwait(false))
            {
                issued++;
            }
        }

        var mailFolder = TableKey.Encode(mail.Options.UploadFolder);
        var submissions = await ReadAllAsync(pipeline.Submissions, cancellationToken).ConfigureAwait(false);
        foreach (var folder in submissions.Where(s => s.PartitionKey != mailFolder).Select(SubmissionRow.FromEntity).GroupBy(s => s.Folder, StringComparer.Ordinal))
        {
            // Only a roster institution has an upload link; other folders are the mail door's or a local run's loose files.
            if (roster.Find(folder.Key) is not { } institution)
            {
                continue;
            }

            var pending = folder.Where(s => !covered.Contains(s.SubmissionId)).ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            if (now - pending.Max(ReceivedAt) < options.Value.QuietPeriod || pending.Any(s => s.State is not { } state || !Finished.Contains(state)))
            {
                waiting++;
                continue;
            }

            var batch = BatchOf(institution, pending);
            if (institution.Contacts.Count == 0)
            {
                logger.LogWarning("No upload receipt for {Institution}: the roster has no contact address ({Files} files)", institution.Name, batch.Files.Count);
                await UpsertAsync(batch with
                {
                    State = UploadReceiptRow.NoContact,
                    Reason = $"名单中没有“{institution.Name}”的联系邮箱，这批上传（{batch.Files.Count} 个文件）的回执未发出；在名单“联系邮箱”一列补填后，之后的上传会收到回执。",
                }, cancellationToken).ConfigureAwait(false);
                unsent++;
                continue;
            }

            await UpsertAsync(batch with { State = UploadReceiptRow.Issuing, Recipients = string.Join(", ", institution.Contacts) }, cancellationToken).ConfigureAwait(false);
            issued += await TrySendAsync(institution, batch, now, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return new UploadReceiptResult(issued, unsent, waiting);
    }

    private async Task<bool> TrySendAsync(Institution institution, UploadReceiptRow batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var request = await RequestAsync(institution, batch, cancellationToken).ConfigureAwait(false);
            using var receipt = composer.Compose(request);
            await outbox.EnqueueAsync(receipt, cancellationToken).ConfigureAwait(false);
            // SentAt is the pass's "now", not the wall clock: the office's 最近回执 then shows a run's --as-of day.
            await UpsertAsync(batch with { State = UploadReceiptRow.Sent, MessageId = receipt.MessageId, Recipients = string.Join(", ", institution.Contacts), SentAt = now },
                cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Upload receipt for {Institution} queued: {Files} files", institution.Name, batch.Files.Count);
            return true;
        }
        catch (Exception ex) when (PerMessageFailure.Is(ex))
        {
            // One institution's bad batch does not hold up the others; the row keeps the reason for the office.
            logger.LogWarning(ex, "No upload receipt for {Institution}", institution.Name);
            await UpsertAsync(batch with { State = UploadReceiptRow.Failed, Reason = "生成上传回执时出错，未发回执：" + ex.Message }, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    private async Task<ReceiptRequest> RequestAsync(Institution institution, UploadReceiptRow batch, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var submission in batch.Submissions)
        {
            findings.AddRange((await reader.FindingsAsync(submission, cancellationToken).ConfigureAwait(false)).Select(f => f.Finding));
        }

        IReadOnlyList<MaterialReport> materials = (await statuses.GetAsync(institution, cancellationToken).ConfigureAwait(false))?.Materials ?? [];
        var last = batch.LastReceivedAt ?? DateTimeOffset.MinValue;
        return new ReceiptRequest("upload." + batch.BatchKey, institution.Contacts[0], UploadReceiptWording.Subject(institution, batch.Files.Count, last),
            null, null, institution, batch.Files, materials, findings, last, office.Value.Deadline)
        {
            Channel = ReceiptChannel.UploadLink,
            AlsoTo = [.. institution.Contacts.Skip(1)],
            FirstReceivedAt = batch.FirstReceivedAt,
        };
    }

    /// <summary>The batch of the given submissions: its key depends on nothing but which submissions it covers.</summary>
    private static UploadReceiptRow BatchOf(Institution institution, List<SubmissionRow> pending)
    {
        var ids = pending.Select(s => s.SubmissionId).Order(StringComparer.Ordinal).ToList();
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(institution.Name + "|" + string.Join(',', ids))))[..24];
        var files = pending.OrderBy(ReceivedAt).ThenBy(s => s.BlobName, StringComparer.Ordinal)
            .Select(s => DisplayName.Leaf(s.BlobName ?? string.Empty)).Distinct(StringComparer.Ordinal).ToList();
        return new UploadReceiptRow(institution.Name, key, ids, UploadReceiptRow.Issuing)
        {
            Files = files,
            FirstReceivedAt = pending.Min(ReceivedAt),
            LastReceivedAt = pending.Max(ReceivedAt),
        };
    }

    private static DateTimeOffset ReceivedAt(SubmissionRow submission) => submission.ReceivedAt ?? DateTimeOffset.MinValue;

    private Task<Azure.Response> UpsertAsync(UploadReceiptRow row, CancellationToken cancellationToken) =>
        mail.UploadReceipts.UpsertEntityAsync(row.ToEntity(), TableUpdateMode.Replace, cancellationToken);

    private static async Task<List<TableEntity>> ReadAllAsync(TableClient table, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
