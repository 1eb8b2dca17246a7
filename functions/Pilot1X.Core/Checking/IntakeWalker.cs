using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Pilot1X.Core.Archives;
using Pilot1X.Core.Email;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Opens every input, steps into emails and archives (to a fixed depth, within one expansion budget per input)
/// and hands each file inside to the <see cref="FileInspector"/>. One broken input never stops the others.
/// </summary>
internal sealed class IntakeWalker(FileInspector inspector, EmailReader emails, ArchiveReader archives, CheckOptions options, ILogger logger,
    KeptContents? kept = null)
{
    private readonly HashSet<string> _messageIds = new(StringComparer.Ordinal);

    public List<ReceivedItem> Items { get; } = [];

    public List<IgnoredInput> Ignored { get; } = [];

    public void Walk(CheckInput input, CancellationToken cancellationToken)
    {
        var origin = new SubmissionOrigin(input.DisplayPath, input.DisplayPath, DisplayName.Sanitize(Path.GetFileName(input.DisplayPath)),
            input.Folders, null, options.AsOf, 0) { InputFolders = input.Folders };
        try
        {
            using var content = input.Open();
            if (content.CanSeek && OversizedFile.Refusal(origin.DisplayPath, content.Length, options.Limits) is { } refusal)
            {
                AddProblem(origin, refusal);
                return;
            }

            Process(content, origin, new ExpansionBudget(options.Limits), cancellationToken);
        }
        catch (IOException ex)
        {
            AddProblem(origin, Finding.Of(FindingCode.DocumentUnreadable, origin.DisplayPath, $"无法读取“{origin.FileName}”：{ex.Message}", "请确认文件完整后重新提交。"));
        }
        catch (UnauthorizedAccessException)
        {
            AddProblem(origin, Finding.Of(FindingCode.DocumentUnreadable, origin.DisplayPath, $"没有权限读取“{origin.FileName}”。", "请检查文件权限。"));
        }
    }

    private void Process(Stream content, SubmissionOrigin origin, ExpansionBudget budget, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var format = FormatDetector.Detect(content, origin.FileName);
            switch (format.Format)
            {
                case FileFormat.Email when CheckDepth(origin, format):
                    ProcessEmail(content, origin, budget, cancellationToken);
                    break;
                case FileFormat.Archive when CheckDepth(origin, format):
                    ProcessArchive(content, origin, budget, cancellationToken);
                    break;
                case FileFormat.Email or FileFormat.Archive:
                    break;
                default:
                    var hash = Convert.ToHexString(SHA256.HashData(content));
                    content.Position = 0;
                    var item = inspector.Inspect(content, origin, format, hash, cancellationToken);
                    if (kept is not null && item.IsMaterial)
                    {
                        kept.Keep(origin.DisplayPath, content);
                    }

                    Items.Add(item);
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The bulkhead for one file: whatever a parser throws on hostile bytes becomes a finding, and the walk goes on.
            logger.LogWarning(ex, "Could not read {File}", origin.DisplayPath);
            AddProblem(origin, Finding.Of(FindingCode.DocumentUnreadable, origin.DisplayPath,
                $"“{origin.FileName}”已损坏或格式异常，无法读取。", "请确认文件能正常打开后重新提交。"));
        }
    }

    private void ProcessEmail(Stream content, SubmissionOrigin origin, ExpansionBudget budget, CancellationToken cancellationToken)
    {
        EmailSubmission opened;
        try
        {
            opened = emails.Open(content, origin.DisplayPath, cancellationToken);
        }
        catch (OversizedHeaderException ex)
        {
            // Named by the subject as far as it was safely read, so the finding still lands with the school it names.
            var arrival = options.AsOfIsArrival ? $"该邮件于{ReportBuilder.Cst(origin.ReceivedAt)}收到。" : string.Empty;
            AddProblem(origin with { Email = new EmailEnvelope(null, ex.Subject ?? string.Empty, null, null, null, null) },
                Finding.Of(FindingCode.ArchiveUnsafe, origin.DisplayPath, ex.Message + arrival,
                    "请用常用的邮箱客户端重新发送这封邮件，不要在收件人、主题等邮件头中放入大量内容；材料作为附件发送。"));
            return;
        }

        using var mail = opened;
        var envelope = mail.Envelope;
        if (envelope.IgnoreReason is { } reason)
        {
            Ignored.Add(new IgnoredInput(origin.DisplayPath, reason));
            return;
        }

        if (envelope.MessageId is { Length: > 0 } id && !_messageIds.Add(id))
        {
            Ignored.Add(new IgnoredInput(origin.DisplayPath, "DUPLICATE"));
            return;
        }

        var self = origin with { Email = envelope, ReceivedAt = options.AsOfIsArrival ? origin.ReceivedAt : envelope.Date ?? origin.ReceivedAt };
        foreach (var finding in mail.Findings)
        {
            AddProblem(self, finding);
        }

        var findings = new List<Finding>();
        foreach (var attachment in mail.Attachments(budget, findings, cancellationToken))
        {
            using (attachment)
            {
                Process(attachment.Content, self.Inside(attachment.EntryPath, envelope, self.ReceivedAt), budget, cancellationToken);
            }
        }

        findings.ForEach(f => AddProblem(self, f));
    }

    private void ProcessArchive(Stream content, SubmissionOrigin origin, ExpansionBudget budget, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        foreach (var entry in archives.Read(content, origin.DisplayPath, budget, findings, cancellationToken))
        {
            using (entry)
            {
                Process(entry.Content, origin.Inside(entry.EntryPath, null, origin.ReceivedAt), budget, cancellationToken);
            }
        }

        findings.ForEach(f => AddProblem(origin, f));
    }

    private bool CheckDepth(SubmissionOrigin origin, DetectedFormat format)
    {
        if (origin.Depth < options.Limits.MaxDepth)
        {
            return true;
        }

        AddProblem(origin, Finding.Of(FindingCode.ArchiveUnsafe, origin.DisplayPath,
            $"“{origin.FileName}”（{format.Detail}）嵌套层数过多（超过{options.Limits.MaxDepth}层），未予展开。",
            "请将材料直接放入一个压缩包或直接作为邮件附件提交，不要多层嵌套。"));
        return false;
    }

    // A finding about a container or one of its entries: attributed like a file at that place.
    private void AddProblem(SubmissionOrigin container, Finding finding)
    {
        var origin = container;
        var prefix = container.DisplayPath + "!/";
        if (finding.File is { } file && file.StartsWith(prefix, StringComparison.Ordinal))
        {
            origin = container.Inside(file[prefix.Length..], container.Email, container.ReceivedAt);
        }

        var item = new ReceivedItem(origin, new DetectedFormat(FileFormat.Other, "problem"), string.Empty) { IsContainerProblem = true };
        item.Findings.Add(finding);
        Items.Add(item);
    }
}
