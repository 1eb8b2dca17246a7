using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using SkiaSharp;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Decodes one encoded page image (JPEG, PNG …) straight into a down-scaled <see cref="ScanRaster"/>: the size is
/// checked from the header before any pixel is decoded, JPEGs are scaled by the decoder itself (1/2, 1/4, 1/8) and
/// large images of other formats are read row by row, so neither a 600 dpi scan nor a decompression bomb can exhaust memory.
/// </summary>
internal static class ScanImageDecoder
{
    private const int RowsPerBatch = 16;

    /// <summary>Bytes a pixel of the working decode (RGBA).</summary>
    private const int DecodedBytesPerPixel = 4;

    /// <summary>Opens the image and checks its declared size; the caller disposes the codec.</summary>
    public static SKCodec Open(SKData data, string subject, ScanLimits limits)
    {
        var codec = SKCodec.Create(data)
            ?? throw new UnreadableDocumentException($"{subject}无法识别为图片（文件已损坏或不是JPG/PNG格式），请重新扫描并保存为JPG或PDF后提交");
        try
        {
            CheckDimensions(codec.Info.Width, codec.Info.Height, subject);
            if ((long)codec.Info.Width * codec.Info.Height > limits.MaxImagePixels)
            {
                throw TooLarge(codec.Info.Width, codec.Info.Height, subject, limits);
            }

            return codec;
        }
        catch (UnreadableDocumentException)
        {
            codec.Dispose();
            throw;
        }
    }

    /// <summary>A one-channel image is a grayscale scan: it cannot show a red seal.</summary>
    public static bool IsStoredGray(SKCodec codec) => codec.Info.ColorType is SKColorType.Gray8 or SKColorType.Alpha8;

    /// <summary>The working raster of a colour image (see <see cref="IsStoredGray"/> first).</summary>
    public static ScanRaster Decode(SKCodec codec, string subject, ScanLimits limits, CancellationToken cancellationToken)
    {
        var info = codec.Info;
        var size = ScaledSize(codec);
        var alpha = info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul;
        var target = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha);
        var reducer = new RasterReducer(size.Width, size.Height);
        var wholeBytes = (long)size.Width * size.Height * DecodedBytesPerPixel;
        if (codec.EncodedFormat == SKEncodedImageFormat.Jpeg || wholeBytes <= limits.MaxWholeDecodeBytes / 2)
        {
            // JPEGs are already scaled down by the decoder (at most 1/8 of ≤ 100 MP), so a whole decode stays small
            // and, unlike row reads, reports truncated data.
            ReadWhole(codec, target, reducer, subject);
        }
        else if (codec.StartScanlineDecode(target) == SKCodecResult.Success)
        {
            ReadScanlines(codec, target, reducer, subject, cancellationToken);
        }
        else if (wholeBytes <= limits.MaxWholeDecodeBytes)
        {
            ReadWhole(codec, target, reducer, subject);
        }
        else
        {
            throw new UnreadableDocumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"{subject}的图像格式（{codec.EncodedFormat}）无法逐行读取，且尺寸较大（{size.Width}×{size.Height}像素）；请另存为JPG或PDF后提交"));
        }

        return reducer.ToRaster();
    }

    /// <summary>A declared size of zero or less is a broken file (the budget is checked by each caller against its limits).</summary>
    public static void CheckDimensions(long width, long height, string subject)
    {
        if (width <= 0 || height <= 0)
        {
            throw new UnreadableDocumentException($"{subject}的图像尺寸无效（{width}×{height}），文件已损坏，请重新扫描后提交");
        }
    }

    private static UnreadableDocumentException TooLarge(long width, long height, string subject, ScanLimits limits) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"{subject}的图像尺寸过大（{width}×{height}像素，超过{limits.MaxImagePixels / 1_000_000}百万像素的检查上限），不是正常的扫描页，可能是异常或恶意文件；请以150–300 dpi重新扫描后提交"));

    /// <summary>JPEG decoders scale by 1/2, 1/4 and 1/8 fastest: take the largest of those within the working size.</summary>
    private static SKSizeI ScaledSize(SKCodec codec)
    {
        var longSide = Math.Max(codec.Info.Width, codec.Info.Height);
        if (longSide <= ScanRaster.WorkingLongSide)
        {
            return codec.Info.Size;
        }

        var scale = 1f;
        while (scale > 0.125f && longSide * scale > ScanRaster.WorkingLongSide)
        {
            scale /= 2;
        }

        var scaled = codec.GetScaledDimensions(scale);
        return scaled.Width > 0 && scaled.Height > 0 ? scaled : codec.Info.Size;
    }

    private static void ReadScanlines(SKCodec codec, SKImageInfo target, RasterReducer reducer, string subject, CancellationToken cancellationToken)
    {
        var rowBytes = target.RowBytes;
        var buffer = GC.AllocateArray<byte>(rowBytes * RowsPerBatch, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(buffer, 0);
        var needed = Math.Min(reducer.SourceRowsNeeded, target.Height);
        for (var done = 0; done < needed; done += RowsPerBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(RowsPerBatch, needed - done);
            if (codec.GetScanlines(address, count, rowBytes) < count)
            {
                throw Incomplete(subject);
            }

            for (var row = 0; row < count; row++)
            {
                reducer.AddRgbaRow(buffer.AsSpan(row * rowBytes, target.Width * 4));
            }
        }
    }

    /// <summary>Decodes in one call into a pooled, pinned buffer (pages are decoded one after another, so it is reused).</summary>
    private static void ReadWhole(SKCodec codec, SKImageInfo target, RasterReducer reducer, string subject)
    {
        var rowBytes = target.RowBytes;
        var pixels = ArrayPool<byte>.Shared.Rent(rowBytes * target.Height);
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            if (codec.GetPixels(target, handle.AddrOfPinnedObject()) != SKCodecResult.Success)
            {
                throw Incomplete(subject);
            }

            for (var row = 0; row < target.Height; row++)
            {
                reducer.AddRgbaRow(pixels.AsSpan(row * rowBytes, target.Width * 4));
            }
        }
        finally
        {
            handle.Free();
            ArrayPool<byte>.Shared.Return(pixels);
        }
    }

    private static UnreadableDocumentException Incomplete(string subject) =>
        new($"{subject}的图像数据不完整或已损坏，无法读取；请重新扫描并保存后提交");
}
