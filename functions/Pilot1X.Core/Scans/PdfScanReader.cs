using System.Runtime.ExceptionServices;
using Pilot1X.Core.Formats;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Reads a scanned PDF page by page and judges each page from its embedded raster images. A page without any raster
/// image (a PDF exported from Word rather than scanned) carries no scan evidence and counts as undetermined:
/// vector red is not analysed, so such a document is <see cref="SealStatus.Undetermined"/>.
/// </summary>
internal static class PdfScanReader
{
    public static ScanAnalysis Read(byte[] pdf, CancellationToken cancellationToken)
    {
        CheckEnvelope(pdf);
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages <= 0)
            {
                throw new UnreadableDocumentException("PDF文件中没有任何页面，请重新扫描并导出PDF后提交");
            }

            // PdfPig is read page by page on this thread; the costly part, decoding and judging each page image, then
            // runs on all cores (PdfPig is not thread-safe, the decoders are independent).
            var jobs = new List<(int Page, Func<SealStatus> Judge)>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                var pageShortSide = Math.Min(page.Width, page.Height);
                jobs.AddRange(page.GetImages().Select(image => (number, ReadImage(image, number, pageShortSide, cancellationToken))));
            }

            var statuses = JudgeInParallel(jobs.Select(j => j.Judge).ToList(), cancellationToken);
            var pages = Enumerable.Range(1, document.NumberOfPages)
                .Select(number => SealDetector.Combine(jobs.Select((job, i) => (job, i)).Where(x => x.job.Page == number).Select(x => statuses[x.i])));
            return new ScanAnalysis(document.NumberOfPages, SealDetector.Combine(pages));
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

    /// <summary>A PDF starts with %PDF- and a complete one ends with %%EOF; a cut download or upload lacks the end.</summary>
    private static void CheckEnvelope(byte[] pdf)
    {
        var head = pdf.AsSpan(0, Math.Min(pdf.Length, 1024));
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            throw new UnreadableDocumentException("文件不是有效的PDF（缺少PDF文件头），可能已损坏或扩展名有误；请重新扫描并导出PDF后提交");
        }

        var tail = pdf.AsSpan(Math.Max(0, pdf.Length - 2048));
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            throw new UnreadableDocumentException("PDF文件不完整（文件末尾被截断，可能上传或下载未完成），请重新扫描并导出PDF后提交");
        }
    }

    // Seals sit at the end of official documents, so pages are judged last page first, and judging stops at the first
    // seal found: the scan counts as sealed whatever the other pages show (a sealed scan then costs one or two decodes).
    private static SealStatus[] JudgeInParallel(List<Func<SealStatus>> judges, CancellationToken cancellationToken)
    {
        var results = Enumerable.Repeat(SealStatus.Undetermined, judges.Count).ToArray();
        try
        {
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            var lastFirst = Enumerable.Range(0, judges.Count).Reverse();
            Parallel.ForEach(lastFirst, options, (i, loop) =>
            {
                if (loop.IsStopped)
                {
                    return;
                }

                results[i] = judges[i]();
                if (results[i] == SealStatus.Found)
                {
                    loop.Stop();
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Surface the page's own failure (e.g. UnreadableDocumentException), as the sequential reading did.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return results;
    }

    /// <summary>Reads what is needed of one page image now; the returned judgement decodes and analyses it later.</summary>
    private static Func<SealStatus> ReadImage(IPdfImage image, int pageNumber, double pageShortSide, CancellationToken cancellationToken)
    {
        var subject = $"PDF第{pageNumber}页的扫描图像";
        var filters = FilterNames(image.ImageDictionary);
        if (image.IsImageMask || image.BitsPerComponent == 1
            || filters.Any(f => f is "CCITTFaxDecode" or "CCF" or "JBIG2Decode"))
        {
            return () => SealStatus.Undetermined; // bilevel: black and white only
        }

        ScanImageDecoder.CheckDimensions(image.WidthInSamples, image.HeightInSamples, subject);
        if (IsGray(image.ColorSpaceDetails) || filters.Contains("JPXDecode"))
        {
            // Grayscale cannot show red; JPEG 2000 has no decoder here, so it gives no evidence either way.
            return () => SealStatus.Undetermined;
        }

        byte[] encoded;
        if (filters is ["DCTDecode" or "DCT"])
        {
            encoded = image.RawMemory.ToArray();
        }
        else if (!filters.Any(f => f is "DCTDecode" or "DCT") && image.TryGetPng(out var png))
        {
            encoded = png;
        }
        else
        {
            return () => SealStatus.Undetermined;
        }

        // A small image placed on the page (an electronic seal pasted into a Word export) is judged against the page's size.
        var width = Math.Abs(image.BoundingBox.Width);
        var span = width > 1 && pageShortSide > 1 ? Math.Clamp(pageShortSide / width, 1, 20) : 1;
        return () => PageImageAnalyzer.Analyze(encoded, subject, cancellationToken, span < 1.2 ? 1 : span);
    }

    private static bool IsGray(ColorSpaceDetails? details) => details switch
    {
        null => false,
        IndexedColorSpaceDetails indexed => indexed.BaseColorSpace.NumberOfColorComponents == 1,
        _ => details.Type is ColorSpace.DeviceGray or ColorSpace.CalGray
             || (details.Type == ColorSpace.ICCBased && details.NumberOfColorComponents == 1),
    };

    private static string[] FilterNames(DictionaryToken dictionary)
    {
        if (!dictionary.TryGet(NameToken.Filter, out var token))
        {
            return [];
        }

        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.OfType<NameToken>().Select(n => n.Data).ToArray(),
            _ => [],
        };
    }
}
