using System.Globalization;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Reads a scanned PDF page by page and judges each page from its embedded raster images. A page without any raster
/// image (a PDF exported from Word rather than scanned) carries no scan evidence and counts as undetermined:
/// vector red is not analysed, so such a document is <see cref="SealStatus.Undetermined"/>.
/// Everything is bounded by <see cref="ScanLimits"/>: pages are read in small groups, every image is checked against the
/// budgets from its dictionary before it is decoded, and an image object shared by many pages is decoded once.
/// </summary>
internal sealed class PdfScanReader(ScanLimits limits)
{
    /// <param name="pdf">A seekable stream (the engine's spooled content), read where PdfPig needs it, never copied whole.</param>
    public ScanAnalysis Read(Stream pdf, CancellationToken cancellationToken)
    {
        CheckEnvelope(pdf);
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pageCount = document.NumberOfPages;
            if (pageCount <= 0)
            {
                throw new UnreadableDocumentException("PDF文件中没有任何页面，请重新扫描并导出PDF后提交");
            }

            if (pageCount > limits.MaxPages)
            {
                return new ScanAnalysis(pageCount, SealStatus.Undetermined)
                {
                    Unjudged = string.Create(CultureInfo.InvariantCulture, $"共{pageCount}页，超过每份扫描件{limits.MaxPages}页的检查上限"),
                };
            }

            return JudgePages(document, pageCount, cancellationToken);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new UnreadableDocumentException("PDF文件已加密（设置了打开密码），无法检查；请取消密码保护后重新导出PDF提交", ex);
        }
        catch (Exception ex) when (LibraryFailure.IsMalformedInput(ex))
        {
            throw new UnreadableDocumentException("PDF文件已损坏或不完整，无法读取；请重新扫描并导出PDF后提交", ex);
        }
    }

    // Seals sit at the end of official documents, so pages are judged last page first, a small group at a time, and
    // judging stops at the first seal found: the scan counts as sealed whatever the other pages show.
    private ScanAnalysis JudgePages(PdfDocument document, int pageCount, CancellationToken cancellationToken)
    {
        var verdicts = new PdfImageVerdicts(limits);
        var pageStatuses = new List<SealStatus>(pageCount);
        var group = Math.Max(1, limits.PagesJudgedAtOnce);
        for (var last = pageCount; last >= 1 && verdicts.OverBudget is null; last -= group)
        {
            var numbers = Enumerable.Range(Math.Max(1, last - group + 1), Math.Min(group, last)).Reverse().ToList();
            var keysByPage = numbers.Select(number => ReadPage(document, number, verdicts, cancellationToken)).ToList();
            verdicts.JudgePending(cancellationToken);
            foreach (var keys in keysByPage)
            {
                pageStatuses.Add(SealDetector.Combine(keys.Select(verdicts.Of)));
            }

            if (pageStatuses.Contains(SealStatus.Found))
            {
                return new ScanAnalysis(pageCount, SealStatus.Found);
            }
        }

        return verdicts.OverBudget is { } reason
            ? new ScanAnalysis(pageCount, SealStatus.Undetermined) { Unjudged = reason }
            : new ScanAnalysis(pageCount, SealDetector.Combine(pageStatuses));
    }

    /// <summary>Plans the images of one page (PdfPig is read on this thread only); returns the keys of those admitted.</summary>
    private List<PdfImageKey> ReadPage(PdfDocument document, int number, PdfImageVerdicts verdicts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var keys = new List<PdfImageKey>();
        if (verdicts.OverBudget is not null)
        {
            return keys;
        }

        var page = document.GetPage(number);
        var pageShortSide = Math.Min(page.Width, page.Height);
        var subject = string.Create(CultureInfo.InvariantCulture, $"PDF第{number}页的扫描图像");
        foreach (var image in page.GetImages())
        {
            if (!verdicts.TryPlace(number))
            {
                break;
            }

            // A small image placed on the page (an electronic seal pasted into a Word export) is judged against the page's size.
            var width = Math.Abs(image.BoundingBox.Width);
            var span = width > 1 && pageShortSide > 1 ? Math.Clamp(pageShortSide / width, 1, 20) : 1;
            var plan = PdfImagePlanner.Plan(image, subject, span < 1.2 ? 1 : span, limits, verdicts.IsKnown);
            if (!verdicts.Admit(plan))
            {
                break;
            }

            keys.Add(plan.Key);
        }

        return keys;
    }

    /// <summary>A PDF starts with %PDF- and a complete one ends with %%EOF; a cut download or upload lacks the end.</summary>
    private static void CheckEnvelope(Stream pdf)
    {
        Span<byte> head = stackalloc byte[1024];
        pdf.Position = 0;
        if (head[..pdf.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)].IndexOf("%PDF-"u8) < 0)
        {
            throw new UnreadableDocumentException("文件不是有效的PDF（缺少PDF文件头），可能已损坏或扩展名有误；请重新扫描并导出PDF后提交");
        }

        Span<byte> tail = stackalloc byte[2048];
        pdf.Position = Math.Max(0, pdf.Length - tail.Length);
        if (tail[..pdf.ReadAtLeast(tail, tail.Length, throwOnEndOfStream: false)].IndexOf("%%EOF"u8) < 0)
        {
            throw new UnreadableDocumentException("PDF文件不完整（文件末尾被截断，可能上传或下载未完成），请重新扫描并导出PDF后提交");
        }

        pdf.Position = 0;
    }
}
