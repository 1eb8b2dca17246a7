using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using SkiaSharp;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Analyses a stamped scan (盖章扫描版) — a PDF of page images or the loose JPG/PNG pages of one scan — for its page
/// count and whether it carries a red official seal. Broken or encrypted input, and a loose page image over the pixel
/// budget, becomes <see cref="UnreadableDocumentException"/> with a Chinese message; no library exception escapes. A PDF
/// beyond its <see cref="ScanLimits"/> keeps its page count and gets an undetermined seal with the reason
/// (<see cref="ScanAnalysis.Unjudged"/>).
/// </summary>
public sealed class ScanAnalyzer(ScanLimits limits)
{
    public ScanAnalyzer()
        : this(ScanLimits.Default)
    {
    }

    /// <summary>Checks the pages of a PDF within the <see cref="ScanLimits"/>; a seekable stream is read in place, not copied.</summary>
    public ScanAnalysis AnalyzePdf(Stream pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf.CanSeek)
        {
            if (pdf.Length == 0)
            {
                throw new UnreadableDocumentException("PDF文件是空文件（0字节），请重新扫描并保存后提交");
            }

            return new PdfScanReader(limits).Read(pdf, cancellationToken);
        }

        using var copy = new MemoryStream(ReadAll(pdf, "PDF文件"), writable: false);
        return new PdfScanReader(limits).Read(copy, cancellationToken);
    }

    /// <summary>
    /// Analyses the loose page images of one scan (group them with <see cref="ScanPageGrouper"/>), in page order; the
    /// scan is sealed when any page is. An empty list is a scan of 0 pages, <see cref="SealStatus.Undetermined"/>.
    /// </summary>
    public ScanAnalysis AnalyzeImages(IReadOnlyList<Stream> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var statuses = new List<SealStatus>(pages.Count);
        for (var index = 0; index < pages.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var subject = $"第{index + 1}页扫描图片";
            using var data = ReadNative(pages[index], subject);
            statuses.Add(PageImageAnalyzer.Analyze(data, subject, limits, cancellationToken));
        }

        return new ScanAnalysis(pages.Count, SealDetector.Combine(statuses));
    }

    /// <summary>
    /// One native copy of a page file (a 256 MB file costs 256 MB, not the 3–4 copies a growing managed buffer makes);
    /// its header is checked against the pixel budget before anything is decoded.
    /// </summary>
    private static SKData ReadNative(Stream stream, string subject)
    {
        ArgumentNullException.ThrowIfNull(stream, nameof(stream));
        if (!stream.CanSeek)
        {
            return SKData.CreateCopy(ReadAll(stream, subject));
        }

        try
        {
            if (stream.Length - stream.Position <= 0)
            {
                throw new UnreadableDocumentException($"{subject}是空文件（0字节），请重新扫描并保存后提交");
            }

            return SKData.Create(stream) ?? throw new UnreadableDocumentException($"{subject}读取失败（文件不完整或已损坏），请重新扫描并保存后提交");
        }
        catch (IOException ex)
        {
            throw new UnreadableDocumentException($"{subject}读取失败（文件不完整或已损坏），请重新扫描并保存后提交", ex);
        }
    }

    private static byte[] ReadAll(Stream stream, string subject)
    {
        ArgumentNullException.ThrowIfNull(stream, nameof(stream));
        try
        {
            if (stream is MemoryStream { Position: 0 } memory)
            {
                // Spooled content is already in memory: one copy, not a second growing buffer.
                return memory.Length > 0 ? memory.ToArray() : throw new UnreadableDocumentException($"{subject}是空文件（0字节），请重新扫描并保存后提交");
            }

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
