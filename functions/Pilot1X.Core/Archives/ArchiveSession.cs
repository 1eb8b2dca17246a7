using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using SharpCompress.Common;

namespace Pilot1X.Core.Archives;

/// <summary>
/// The state of reading one archive: turns every library failure, unsafe name, password and limit into a finding
/// so the enumeration in <see cref="ArchiveReader"/> never throws (except on cancellation).
/// </summary>
internal sealed class ArchiveSession(string displayPath, ExpansionBudget budget, ICollection<Finding> findings)
{
    private const string RepackAdvice = "请检查压缩包来源，只放入要求提交的 Word 文档和盖章扫描件，重新打包后提交。";
    private const string PasswordMessage = "压缩包设置了密码，无法读取，请去掉密码后重新提交";

    // What people read names the archive as they named it, never the path it is stored or unpacked under.
    private readonly string archiveName = DisplayName.Leaf(displayPath);
    private int delivered;
    private bool brokenReported;
    private bool encryptedReported;

    public ArchiveEntrySource? Open(Stream archive)
    {
        var kind = ArchiveSignature.Detect(archive);
        if (kind is null)
        {
            findings.Add(Finding.Of(FindingCode.DocumentUnreadable, displayPath,
                $"“{archiveName}”不是可识别的 zip、rar 或 7z 压缩包（文件内容与扩展名不符或已损坏）。",
                "请用常见压缩软件重新打包为 .zip 后提交，或直接发送其中的文件。"));
            return null;
        }

        try
        {
            var source = ArchiveEntrySource.Open(archive, kind.Value);
            if (source.IsEncrypted)
            {
                ReportEncrypted(null);
                source.Dispose();
                return null;
            }

            return source;
        }
        catch (Exception ex) when (ArchiveFailure.IsReadFailure(ex))
        {
            ReportFailure(ex, null);
            return null;
        }
    }

    /// <summary>Advances to the next entry; a failure ends the archive with a finding instead of an exception.</summary>
    public bool MoveNext(IEnumerator<ArchiveEntryView> entries)
    {
        try
        {
            return entries.MoveNext();
        }
        catch (Exception ex) when (ArchiveFailure.IsReadFailure(ex))
        {
            ReportFailure(ex, null);
            return false;
        }
    }

    /// <summary>The entry's content, or null with a finding when it must not or cannot be read.</summary>
    public ContainerItem? Accept(ArchiveEntryView view, CancellationToken cancellationToken)
    {
        var path = DisplayName.SanitizePath(view.RawPath);
        var file = displayPath + "!/" + path;
        if (EntryPathPolicy.IsUnsafe(view.RawPath) || view.IsLink)
        {
            var what = view.IsLink ? "是符号链接" : "的路径指向压缩包之外（含“..”、绝对路径或盘符）";
            findings.Add(Finding.Of(FindingCode.ArchiveUnsafe, file,
                $"压缩包“{archiveName}”中的条目“{Shown(view.RawPath)}”{what}，属于不安全内容，已跳过。", RepackAdvice));
            return null;
        }

        if (view.IsEncrypted)
        {
            ReportEncrypted(path);
            return null;
        }

        var refusal = EntryExtractor.RefuseByDeclaredSize(view, path, budget);
        if (refusal is null)
        {
            try
            {
                (var content, refusal) = EntryExtractor.Extract(view, path, budget, cancellationToken);
                if (content is not null)
                {
                    delivered++;
                    return new ContainerItem(path, content);
                }
            }
            catch (ContentTooLargeException ex)
            {
                refusal = $"压缩包内文件“{path}”解压后超过允许的 {ByteSize.Describe(ex.Limit)}，已停止读取。";
            }
            catch (Exception ex) when (ArchiveFailure.IsReadFailure(ex))
            {
                ReportFailure(ex, path);
                return null;
            }
        }

        findings.Add(Finding.Of(FindingCode.ArchiveUnsafe, file, refusal!, RepackAdvice));
        return null;
    }

    /// <summary>The entry budget is spent: one finding for the archive, the caller stops reading.</summary>
    public void ReportTooManyEntries() => findings.Add(Finding.Of(FindingCode.ArchiveUnsafe, displayPath,
        $"压缩包“{archiveName}”中的文件数量超过上限 {budget.Limits.MaxEntries} 个（含嵌套压缩包和邮件中的文件），其余文件未读取。", RepackAdvice));

    /// <summary>A forward scan (no readable directory) means the archive is truncated even if every entry read.</summary>
    public void ReportIncomplete(ArchiveEntrySource source)
    {
        if (!source.Complete && !brokenReported)
        {
            brokenReported = true;
            findings.Add(Finding.Of(FindingCode.DocumentUnreadable, displayPath,
                $"压缩包“{archiveName}”不完整（缺少文件目录区，可能上传或下载中断），已读出 {delivered} 个文件，其余内容可能缺失。",
                "请确认原压缩包能正常打开后重新打包提交。"));
        }
    }

    private void ReportFailure(Exception ex, string? entry)
    {
        if (ex is CryptographicException)
        {
            ReportEncrypted(entry);
            return;
        }

        if (entry is not null)
        {
            findings.Add(Finding.Of(FindingCode.DocumentUnreadable, displayPath + "!/" + entry,
                $"压缩包“{archiveName}”中的文件“{entry}”已损坏或不完整，无法解压。",
                "请确认原压缩包能正常打开、该文件能正常解压后重新打包提交。"));
            return;
        }

        if (!brokenReported)
        {
            brokenReported = true;
            findings.Add(Finding.Of(FindingCode.DocumentUnreadable, displayPath,
                $"压缩包“{archiveName}”已损坏或不完整，其余内容无法读取（已读出 {delivered} 个文件）。",
                "请确认原压缩包能正常打开后重新打包提交。"));
        }
    }

    /// <summary>A hostile raw path made safe to show, keeping its '..' and separators visible.</summary>
    private static string Shown(string rawPath) => string.Join('/',
        rawPath.Split('/', '\\').Select(s => s is "" or "." or ".." ? s : DisplayName.Sanitize(s)));

    private void ReportEncrypted(string? entry)
    {
        if (encryptedReported)
        {
            return;
        }

        encryptedReported = true;
        var detail = entry is null ? string.Empty : $"（加密的文件如“{entry}”）";
        findings.Add(Finding.Of(FindingCode.ArchiveEncrypted, displayPath,
            $"“{archiveName}”：{PasswordMessage}{detail}。", "请去掉密码后重新打包提交。"));
    }
}
