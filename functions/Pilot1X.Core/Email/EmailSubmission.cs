using MimeKit;
using Pilot1X.Core.Archives;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Email;

/// <summary>
/// A parsed message: its envelope and body findings at once, its attached files one at a time on demand,
/// because a submission may carry hundreds of megabytes the caller should never hold together.
/// </summary>
public sealed class EmailSubmission : IDisposable
{
    private readonly MimeMessage message;
    private readonly string displayPath;

    internal EmailSubmission(MimeMessage message, string displayPath, IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        this.message = message;
        this.displayPath = displayPath;
        Envelope = EmailEnvelope.Of(message);
        Findings = LargeAttachmentLinkDetector.Find(message, displayPath, limits.MaxEntryBytes);
    }

    public EmailEnvelope Envelope { get; }

    /// <summary>Findings about the message itself, e.g. LARGE_ATTACHMENT_LINK for each 超大附件 link.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The submitted files, decoded lazily one at a time into spooled content bounded by <paramref name="budget"/>;
    /// an attachment over the budget becomes an ARCHIVE_UNSAFE finding and is skipped. The caller disposes each item.
    /// </summary>
    public IEnumerable<ContainerItem> Attachments(ExpansionBudget budget, ICollection<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(findings);
        return Enumerate(budget, findings, cancellationToken);
    }

    public void Dispose() => message.Dispose();

    private IEnumerable<ContainerItem> Enumerate(ExpansionBudget budget, ICollection<Finding> findings, CancellationToken cancellationToken)
    {
        foreach (var (entity, name) in AttachmentSelector.Select(message))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = displayPath + "!/" + name;
            if (!budget.TryAddEntry())
            {
                findings.Add(Finding.Of(FindingCode.ArchiveUnsafe, displayPath,
                    $"{DisplayName.Mail(Envelope.Subject)}中的附件数量超过上限 {budget.Limits.MaxEntries} 个，从“{name}”起的附件未受理。",
                    "请只发送要求提交的材料，按单位整理后分多封邮件发送。"));
                yield break;
            }

            var item = Decode(entity, name, file, budget, findings, cancellationToken);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static ContainerItem? Decode(MimeEntity entity, string name, string file, ExpansionBudget budget,
        ICollection<Finding> findings, CancellationToken cancellationToken)
    {
        var limit = budget.RemainingBytes;
        using var spool = new BoundedSpoolStream(limit, EstimatedDecodedLength(entity));
        try
        {
            if (entity is MessagePart forwarded)
            {
                forwarded.Message?.WriteTo(spool, cancellationToken);
            }
            else
            {
                ((MimePart)entity).Content?.DecodeTo(spool, cancellationToken);
            }
        }
        catch (ContentTooLargeException)
        {
            var which = limit >= budget.Limits.MaxEntryBytes
                ? $"单个附件的上限 {ByteSize.Describe(budget.Limits.MaxEntryBytes)}"
                : $"本次提交解压/解码总量的剩余额度 {ByteSize.Describe(limit)}（总上限 {ByteSize.Describe(budget.Limits.MaxTotalBytes)}）";
            findings.Add(Finding.Of(FindingCode.ArchiveUnsafe, file,
                $"附件“{name}”解码后超过{which}，已停止读取，未受理。",
                "请删去与材料无关的大文件，按要求只提交 Word 文档和盖章扫描件；扫描件请降低分辨率后重新发送。"));
            return null;
        }
        catch (IOException ex)
        {
            findings.Add(Finding.Of(FindingCode.DocumentUnreadable, file,
                $"附件“{name}”无法从邮件中解码（{ex.Message}），邮件可能不完整。",
                "请重新发送该附件。"));
            return null;
        }

        budget.TryAddBytes(spool.Length);
        return new ContainerItem(name, spool.Detach());
    }

    // Base64 carries 3 bytes in 4 characters: a fair first size for the decoded buffer (only a hint; the limit still rules).
    private static long EstimatedDecodedLength(MimeEntity entity) =>
        entity is MimePart { Content.Stream: { CanSeek: true } encoded } ? encoded.Length * 3 / 4 : 0;
}
