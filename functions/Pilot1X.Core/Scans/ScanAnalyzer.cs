using System.Diagnostics.CodeAnalysis;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Analyses a stamped scan (盖章扫描版) — a PDF of page images or the loose JPG/PNG pages of one scan — for its page
/// count and whether it carries a red official seal. Broken, encrypted or oversized input becomes
/// <see cref="UnreadableDocumentException"/> with a Chinese message; no library exception escapes.
/// </summary>
public sealed class ScanAnalyzer
{
    /// <summary>Reads the whole PDF (its size is already bounded by the intake limits) and checks every page.</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "Instance API so the engine can inject and substitute the analyzer.")]
    public ScanAnalysis AnalyzePdf(Stream pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return PdfScanReader.Read(ReadAll(pdf, "PDF文件"), cancellationToken);
    }

    /// <summary>
    /// Analyses the loose page images of one scan (group them with <see cref="ScanPageGrouper"/>), in page order; the
    /// scan is sealed when any page is. An empty list is a scan of 0 pages, <see cref="SealStatus.Undetermined"/>.
    /// </summary>
    [SuppressMessage("Performance", "CA1822", Justification = "Instance API so the engine can inject and substitute the analyzer.")]
    public ScanAnalysis AnalyzeImages(IReadOnlyList<Stream> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var statuses = new List<SealStatus>(pages.Count);
        for (var index = 0; index < pages.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var subject = $"第{index + 1}页扫描图片";
            statuses.Add(PageImageAnalyzer.Analyze(ReadAll(pages[index], subject), subject, cancellationToken));
        }

        return new ScanAnalysis(pages.Count, SealDetector.Combine(statuses));
    }

    private static byte[] ReadAll(Stream stream, string subject)
    {
        ArgumentNullException.ThrowIfNull(stream, nameof(stream));
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (buffer.Length == 0)
            {
                throw new UnreadableDocumentException($"{subject}是空文件（0字节），请重新扫描并保存后提交");
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new UnreadableDocumentException($"{subject}读取失败（文件不完整或已损坏），请重新扫描并保存后提交", ex);
        }
    }
}
