using Pilot1X.Core.Intake;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Mail.Outbox;
using Pilot1X.Storage;
using Pilot1X.Storage.Mail;
using Pilot1X.Storage.Options;
using Pilot1X.Storage.Pipeline;
using Pilot1X.Storage.Reporting;
using Pilot1X.Storage.Tables;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Turns analysed mail submissions into receipts in the outbox: one per submission (its Message-ID derives from the
/// submission, and the row records it), none for mail the policy refuses or beyond the sender's hourly allowance.
/// Runs after each poll; a submission whose analysis is not done yet is simply picked up by the next run.
/// </summary>
public sealed class ReceiptIssuer(
    MailStore mail,
    PipelineStore pipeline,
    InstitutionRoster roster,
    InstitutionStatusStore statuses,
    ReceiptComposer composer,
    ReceiptThrottle throttle,
    MailOutbox outbox,
    IOptions<ReceiptOptions> options,
    IOptions<OfficeOptions> office,
    ILogger<ReceiptIssuer> logger)
{
    /// <summary>Issues every receipt that is due; returns how many were queued. A mail whose receipt fails is recorded and passed over.</summary>
    public async Task<int> IssuePendingAsync(CancellationToken cancellationToken)
    {
        await mail.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await pipeline.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var queued = 0;
        var pending = new List<MailMessageRow>();
        await foreach (var entity in mail.Messages.QueryAsync<TableEntity>(r => r.PartitionKey == MailMessageRow.Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var row = MailMessageRow.FromEntity(entity);
            if (row.SubmissionId is { Length: > 0 } && row.Receipt is null)
            {
                pending.Add(row);
            }
        }

        foreach (var message in pending.OrderBy(r => r.ReceivedAt))
        {
            try
            {
                queued += await IssueAsync(message, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (Exception ex) when (PerMessageFailure.Is(ex))
            {
                logger.LogWarning(ex, "No receipt for the mail {Subject} received {ReceivedAt}: recorded as failed and passed over", message.Subject, message.ReceivedAt);
                await MarkAsync(message, MailOutcome.Failed, "生成回执时出错，未发回执：" + ex.Message, "none:FAILED", cancellationToken).ConfigureAwait(false);
            }
        }

        return queued;
    }

    private async Task<bool> IssueAsync(MailMessageRow message, CancellationToken cancellationToken)
    {
        if (ReceiptPolicy.RefusalOf(message, office.Value) is { } refusal)
        {
            var (outcome, reason) = ReceiptPolicy.Explain(refusal, message);
            await MarkAsync(message, outcome, reason, "none:" + refusal, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var submission = await pipeline.Submissions.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(mail.Options.UploadFolder), message.SubmissionId!, cancellationToken: cancellationToken).ConfigureAwait(false);
        var state = submission.HasValue ? submission.Value!.GetString("State") : null;
        if (string.Equals(state, nameof(SubmissionState.Poisoned), StringComparison.Ordinal))
        {
            logger.LogWarning("No receipt for the mail {Subject} received {ReceivedAt}: its analysis was poisoned", message.Subject, message.ReceivedAt);
            await MarkAsync(message, MailOutcome.Failed, "邮件的分析多次失败，未发回执：" + (submission.Value!.GetString("LastError") ?? "最后一次的错误未记录在提交上，请查看分析失败记录"), "none:ANALYSIS_FAILED", cancellationToken).ConfigureAwait(false);
            return false;
        }

        // Only a finished analysis is worth a receipt; a failed attempt is retried by the queue, so the mail stays pending.
        if (!string.Equals(state, nameof(SubmissionState.Analyzed), StringComparison.Ordinal))
        {
            return false;
        }

        if (!await throttle.TryTakeAsync(message.From!, cancellationToken).ConfigureAwait(false))
        {
            logger.LogWarning("No receipt to {Sender}: more than {Limit} this hour", message.From, options.Value.MaxPerSenderPerHour);
            await MarkAsync(message, MailOutcome.RateLimited, $"该发件人一小时内已收到 {options.Value.MaxPerSenderPerHour} 封回执，达到上限，本封不再发回执（防止邮件往复循环）。", "none:RATE_LIMIT", cancellationToken).ConfigureAwait(false);
            return false;
        }

        var request = await RequestAsync(message, submission.Value!, cancellationToken).ConfigureAwait(false);
        using var receipt = composer.Compose(request);
        await outbox.EnqueueAsync(receipt, cancellationToken).ConfigureAwait(false);
        await MarkAsync(message, MailOutcome.Receipt, null, receipt.MessageId ?? composer.MessageIdFor(request.SubmissionId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<ReceiptRequest> RequestAsync(MailMessageRow message, TableEntity submission, CancellationToken cancellationToken)
    {
        var names = (submission.GetString("Institutions") ?? string.Empty).Split('、', StringSplitOptions.RemoveEmptyEntries);
        var institution = names.Length > 0 ? roster.Find(names[0]) : null;
        var findings = new List<Finding>();
        await foreach (var f in pipeline.Findings.QueryAsync<TableEntity>(r => r.PartitionKey == message.SubmissionId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            findings.Add(Finding.Of(f.GetString("Code") ?? string.Empty, f.GetString("File"), f.GetString("Message") ?? string.Empty, f.GetString("Suggestion")));
        }

        var files = new List<string>();
        var documents = new List<TableEntity>();
        if (institution is not null)
        {
            await foreach (var d in pipeline.Documents.QueryAsync<TableEntity>(r => r.PartitionKey == TableKey.Encode(institution.Name), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                documents.Add(d);
                if (string.Equals(d.GetString("SubmissionId"), message.SubmissionId, StringComparison.Ordinal) && d.GetString("File") is { } file)
                {
                    files.Add(DisplayName.Leaf(file));
                }
            }
        }

        files.AddRange(findings.Select(f => f.File).OfType<string>().Where(f => f.Contains("!/", StringComparison.Ordinal)).Select(DisplayName.Leaf));
        IReadOnlyList<MaterialReport> materials = institution is null
            ? []
            : (await statuses.GetAsync(institution, cancellationToken).ConfigureAwait(false))?.Materials ?? [];
        return new ReceiptRequest(message.SubmissionId!, message.From!, message.Subject, message.MessageId, message.References, institution,
            [.. files.Distinct(StringComparer.Ordinal)], materials, findings, message.ReceivedAt, office.Value.Deadline)
        {
            Certificates = institution is null ? [] : StoredCertificates.Evaluate(institution, documents),
        };
    }

    private Task<Response> MarkAsync(MailMessageRow message, MailOutcome outcome, string? reason, string receipt, CancellationToken cancellationToken) =>
        mail.Messages.UpsertEntityAsync(MailMessageRow.OutcomeEntity(message.Key, outcome, reason, receipt), TableUpdateMode.Merge, cancellationToken);
}
