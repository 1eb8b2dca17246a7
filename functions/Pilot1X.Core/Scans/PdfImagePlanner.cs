using System.Globalization;
using Pilot1X.Core.Intake;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Decides from an image's dictionary (size, channels, bits, filters) how it is judged and whether it fits the
/// <see cref="ScanLimits"/>, before a single pixel is decoded. Runs on the reading thread (PdfPig is not thread-safe).
/// </summary>
internal static class PdfImagePlanner
{
    /// <param name="alreadyJudged">True for a key judged before (or about to be): its verdict is reused, nothing is copied.</param>
    public static PdfImagePlan Plan(IPdfImage image, string subject, double pageSpan, ScanLimits limits, Func<PdfImageKey, bool> alreadyJudged)
    {
        var key = PdfImageKey.Of(image);
        if (alreadyJudged(key))
        {
            return new PdfImagePlan { Key = key };
        }

        var filters = FilterNames(image.ImageDictionary);
        if (image.IsImageMask || image.BitsPerComponent == 1 || filters.Any(f => f is "CCITTFaxDecode" or "CCF" or "JBIG2Decode"))
        {
            return Settled(key, SealStatus.Undetermined); // bilevel: black and white only
        }

        ScanImageDecoder.CheckDimensions(image.WidthInSamples, image.HeightInSamples, subject);
        long width = image.WidthInSamples, height = image.HeightInSamples;
        if (width * height > limits.MaxImagePixels)
        {
            return OverBudget(key, Invariant($"{subject}尺寸过大（{width}×{height}像素，超过每页{limits.MaxImagePixels / 1_000_000}百万像素的检查上限）"));
        }

        if (IsGray(image.ColorSpaceDetails) || filters.Contains("JPXDecode"))
        {
            // Grayscale cannot show red; JPEG 2000 has no decoder here, so it gives no evidence either way.
            return Settled(key, SealStatus.Undetermined);
        }

        var pixels = width * height;
        if (filters is ["DCTDecode" or "DCT"])
        {
            // The JPEG decoder scales down while decoding: the encoded bytes are all that is held.
            var jpeg = image.RawMemory.ToArray();
            return Decode(key, pixels, cancellation => PageImageAnalyzer.Analyze(jpeg, subject, limits, cancellation, pageSpan));
        }

        if (filters.Any(f => f is "DCTDecode" or "DCT"))
        {
            return Settled(key, SealStatus.Undetermined);
        }

        if (IsRowReadableRgb(image, filters, out var pngPredictors))
        {
            var flate = image.RawMemory.ToArray();
            var (w, h) = ((int)width, (int)height);
            return Decode(key, pixels, cancellation =>
                SealDetector.Detect(FlateRgbReader.Decode(flate, w, h, pngPredictors, subject, cancellation), pageSpan));
        }

        var channels = Math.Max(1, image.ColorSpaceDetails?.NumberOfColorComponents ?? 3);
        var decodedBytes = ((pixels * channels * Math.Max(1, image.BitsPerComponent)) + 7) / 8;
        if (decodedBytes > limits.MaxWholeDecodeBytes)
        {
            return OverBudget(key, Invariant(
                $"{subject}（{width}×{height}像素，{channels}通道）需整体解码{decodedBytes >> 20}MB，超过{limits.MaxWholeDecodeBytes >> 20}MB的检查上限"));
        }

        return image.TryGetPng(out var png)
            ? Decode(key, pixels, cancellation => PageImageAnalyzer.Analyze(png, subject, limits, cancellation, pageSpan))
            : Settled(key, SealStatus.Undetermined);
    }

    private static PdfImagePlan Settled(PdfImageKey key, SealStatus status) => new() { Key = key, Settled = status };

    private static PdfImagePlan OverBudget(PdfImageKey key, string reason) => new() { Key = key, OverBudget = reason };

    private static PdfImagePlan Decode(PdfImageKey key, long pixels, Func<CancellationToken, SealStatus> judge) =>
        new() { Key = key, Pixels = pixels, Judge = judge };

    /// <summary>8-bit three-channel RGB, Flate alone, no predictor or PNG predictors over whole pixel rows.</summary>
    private static bool IsRowReadableRgb(IPdfImage image, string[] filters, out bool pngPredictors)
    {
        pngPredictors = false;
        var space = image.ColorSpaceDetails;
        if (filters is not ["FlateDecode" or "Fl"] || image.BitsPerComponent != 8 || space is null or IndexedColorSpaceDetails
            || space.NumberOfColorComponents != 3 || space.Type is ColorSpace.Lab or ColorSpace.Separation or ColorSpace.DeviceN)
        {
            return false;
        }

        if (!image.ImageDictionary.TryGet(NameToken.DecodeParms, out var token) && !image.ImageDictionary.TryGet(NameToken.Dp, out token))
        {
            return true;
        }

        if (token is not DictionaryToken parameters)
        {
            return false;
        }

        var predictor = Integer(parameters, NameToken.Predictor, 1);
        pngPredictors = predictor >= 10;
        return (predictor is 1 || pngPredictors)
               && Integer(parameters, NameToken.Colors, 3) == 3
               && Integer(parameters, NameToken.BitsPerComponent, 8) == 8
               && Integer(parameters, NameToken.Columns, image.WidthInSamples) == image.WidthInSamples;
    }

    private static int Integer(DictionaryToken dictionary, NameToken name, int fallback) =>
        dictionary.TryGet(name, out var token) && token is NumericToken number ? number.Int : fallback;

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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
