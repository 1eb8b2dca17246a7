using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Mail.Outbox;
using Pilot1X.Pipeline;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Turns analysed mail submissions into receipts in the outbox: one per submission (its Message-ID derives from the
/// submission, and the row records it), none for mail the policy refuses or beyond the sender's hourly allowance.
/// Runs after each poll; a submission whose analysis is not done yet is simply picked up by the next run.
/// </summary>
public sealed class ReceiptIssuer(
    MailStore mail,
    PipelineStore pipeline,
    SubmissionReader submissions,
    InstitutionRoster roster,
    InstitutionStatusStore statuses,
    ReceiptComposer composer,
    ReceiptThrottle throttle,
    MailOutbox outbox,
    IOptions<ReceiptOptions> options,
    IOptions<OfficeOptions> office,
    TimeProvider clock,
    ILogger<ReceiptIssuer> logger)
{
    private readonly RosterMatcher _matcher = new(roster);

    /// <summary>Issues every receipt that is due, recorded at the clock's now; returns how many were queued.</summary>
    public Task<int> IssuePendingAsync(CancellationToken cancellationToken) => IssuePendingAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Issues every receipt that is due, recorded at <paramref name="now"/> (a local run's "now", simulated with
    /// <c>--as-of</c>); returns how many were queued. A mail whose receipt fails is recorded and passed over.
    /// </summary>
    public async Task<int> IssuePendingAsync(DateTimeOffset now, CancellationToken cancellationToken)
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
                queued += await IssueAsync(message, now, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (Exception ex) when (PerMessageFailure.Is(ex))
            {
                logger.LogWarning(ex, "No receipt for the mail {Subject} received {ReceivedAt}: recorded as failed and passed over", message.Subject, message.ReceivedAt);
                await MarkAsync(message, MailOutcome.Failed, "生成回执时出错，未发回执：" + ex.Message, "none:FAILED", now, cancellationToken).ConfigureAwait(false);
            }
        }

        return queued;
    }

    private async Task<bool> IssueAsync(MailMessageRow message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ReceiptPolicy.RefusalOf(message, office.Value) is { } refusal)
        {
            var (outcome, reason) = ReceiptPolicy.Explain(refusal, message);
            await MarkAsync(message, outcome, reason, "none:" + refusal, now, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var submission = await submissions.GetAsync(mail.Options.UploadFolder, message.SubmissionId!, cancellationToken).ConfigureAwait(false);
        if (submission?.State == SubmissionState.Poisoned)
        {
            logger.LogWarning("No receipt for the mail {Subject} received {ReceivedAt}: its analysis was poisoned", message.Subject, message.ReceivedAt);
            await MarkAsync(message, MailOutcome.Failed, "邮件的分析多次失败，未发回执：" + (submission.LastError ?? "最后一次的错误未记录在提交上，请查看分析失败记录"), "none:ANALYSIS_FAILED", now, cancellationToken).ConfigureAwait(false);
            return false;
        }

        // Only a finished analysis is worth a receipt; a failed attempt is retried by the queue, so the mail stays pending.
        if (submission?.State != SubmissionState.Analyzed)
        {
            return false;
        }

        if (!await throttle.TryTakeAsync(message.From!, cancellationToken).ConfigureAwait(false))
        {
            logger.LogWarning("No receipt to {Sender}: more than {Limit} this hour", message.From, options.Value.MaxPerSenderPerHour);
            await MarkAsync(message, MailOutcome.RateLimited, $"该发件人一小时内已收到 {options.Value.MaxPerSenderPerHour} 封回执，达到上限，本封不再发回执（防止邮件往复循环）。", "none:RATE_LIMIT", now, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var request = await RequestAsync(message, submission, cancellationToken).ConfigureAwait(false);
        using var receipt = composer.Compose(request);
        await outbox.EnqueueAsync(receipt, cancellationToken).ConfigureAwait(false);
        await MarkAsync(message, MailOutcome.Receipt, null, receipt.MessageId ?? composer.MessageIdFor(request.SubmissionId), now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<ReceiptRequest> RequestAsync(MailMessageRow message, SubmissionRow submission, CancellationToken cancellationToken)
    {
        var filed = (submission.Institutions ?? []).Select(roster.Find).OfType<Institution>().Distinct().ToList();
        var own = _matcher.MatchSender(message.From);
        List<(string, Finding)> findings = [.. (await submissions.FindingsAsync(message.SubmissionId!, cancellationToken).ConfigureAwait(false))
            .Select(f => (f.Institution, f.Finding))];
        var filesOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var institution in filed)
        {
            // A scan put together with pages of an earlier mail lists only the pages this mail brought.
            filesOf[institution.Name] = [.. (await submissions.DocumentsAsync(institution.Name, message.SubmissionId!, cancellationToken).ConfigureAwait(false))
                .SelectMany(d => (d.Document.PageFiles ?? [d.Document.File])
                    .Where(p => submission.BlobName is not { } blob || d.Document.PageFiles is null || p.StartsWith(blob, StringComparison.Ordinal)))];
        }

        // The states the dashboard shows at this moment: the status rows this analysis recomputed.
        var statusOf = new Dictionary<string, InstitutionStatus?>(StringComparer.Ordinal);
        foreach (var institution in filed.Append(ReceiptAddressing.Addressee(own, filed)).OfType<Institution>().Distinct())
        {
            statusOf[institution.Name] = await statuses.GetAsync(institution, cancellationToken).ConfigureAwait(false);
        }

        var held = await submissions.HeldOfAsync(message.SubmissionId!, cancellationToken).ConfigureAwait(false);

        var request = ReceiptAddressing.Request(message, own, new ReceiptFacts(filed, findings, filesOf, statusOf, held), roster, office.Value.Deadline);

        // The addressee's certificates as the dashboard shows them: from all its stored documents' current versions.
        return request.Institution is not { } addressee ? request : request with
        {
            Certificates = StoredCertificates.Evaluate(addressee, await submissions.DocumentsAsync(addressee.Name, cancellationToken).ConfigureAwait(false)),
        };
    }

    private Task<Response> MarkAsync(MailMessageRow message, MailOutcome outcome, string? reason, string receipt, DateTimeOffset now, CancellationToken cancellationToken) =>
        mail.Messages.UpsertEntityAsync(MailMessageRow.OutcomeEntity(message.Key, outcome, reason, receipt, now), TableUpdateMode.Merge, cancellationToken);
}
