using System.IO.Hashing;
using UglyToad.PdfPig.Content;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Identifies one image object of a PDF by its dictionary and encoded bytes. PdfPig (0.1.16) gives a page image without
/// its object reference, so the key is what that reference points at: a 9000×9000 image shared by 40 pages has one key
/// (and so does a byte-for-byte copy of it), and it is decoded once.
/// </summary>
internal readonly record struct PdfImageKey(UInt128 Content, string Dictionary)
{
    public static PdfImageKey Of(IPdfImage image) =>
        new(XxHash128.HashToUInt128(image.RawMemory.Span), image.ImageDictionary.ToString() ?? string.Empty);
}
