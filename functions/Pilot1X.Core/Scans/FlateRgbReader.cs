using System.IO.Compression;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Reads an 8-bit RGB Flate image of a PDF (what lossless scanner drivers and img2pdf write) row by row into a
/// <see cref="RasterReducer"/>: two rows are held at a time, so a 9000×9000 image costs kilobytes, not 243 MB.
/// Rows may carry PNG predictors (/Predictor 10–15, one filter byte a row).
/// </summary>
internal static class FlateRgbReader
{
    private const int BytesPerPixel = 3;

    public static ScanRaster Decode(byte[] encoded, int width, int height, bool pngPredictors, string subject, CancellationToken cancellationToken)
    {
        var reducer = new RasterReducer(width, height);
        var rowBytes = width * BytesPerPixel;
        var row = new byte[rowBytes + (pngPredictors ? 1 : 0)];
        var current = new byte[rowBytes];
        var previous = new byte[rowBytes];
        var needed = Math.Min(reducer.SourceRowsNeeded, height);
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(encoded, writable: false), CompressionMode.Decompress);
            for (var y = 0; y < needed; y++)
            {
                if (y % 64 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                inflater.ReadExactly(row);
                if (pngPredictors)
                {
                    Unfilter(row[0], row.AsSpan(1), previous, current, subject);
                }
                else
                {
                    row.CopyTo(current, 0);
                }

                reducer.AddRgbRow(current);
                (previous, current) = (current, previous);
            }
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException)
        {
            throw new UnreadableDocumentException($"{subject}的图像数据不完整或已损坏，无法读取；请重新扫描并保存后提交", ex);
        }

        return reducer.ToRaster();
    }

    /// <summary>Undoes one PNG row filter (RFC 2083 §6) into <paramref name="target"/>.</summary>
    private static void Unfilter(byte filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> target, string subject)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= BytesPerPixel ? target[i - BytesPerPixel] : 0;
            int up = above[i];
            int upLeft = i >= BytesPerPixel ? above[i - BytesPerPixel] : 0;
            target[i] = filter switch
            {
                0 => row[i],
                1 => (byte)(row[i] + left),
                2 => (byte)(row[i] + up),
                3 => (byte)(row[i] + ((left + up) / 2)),
                4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                _ => throw new InvalidDataException(string.Concat(subject, ": PNG row filter ", filter.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            };
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
