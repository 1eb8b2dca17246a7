namespace Pilot1X.Core.Scans;

/// <summary>
/// Box-filters full-size rows, fed one at a time, into a <see cref="ScanRaster"/> at most
/// <see cref="ScanRaster.WorkingLongSide"/> on its long side, so a large page never has to be held whole.
/// Transparent pixels are composited over white paper.
/// </summary>
internal sealed class RasterReducer
{
    private readonly int factor;
    private readonly int[] sums;
    private readonly byte[] output;
    private int rowsIn;

    public RasterReducer(int sourceWidth, int sourceHeight)
    {
        var longSide = Math.Max(sourceWidth, sourceHeight);
        factor = Math.Max(1, (longSide + ScanRaster.WorkingLongSide - 1) / ScanRaster.WorkingLongSide);
        Width = Math.Max(1, sourceWidth / factor);
        Height = Math.Max(1, sourceHeight / factor);
        sums = new int[Width * 3];
        output = new byte[Width * Height * 3];
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Adds the next source row, 4 bytes a pixel in R, G, B, A order (unpremultiplied).</summary>
    public void AddRgbaRow(ReadOnlySpan<byte> row)
    {
        if (factor == 1 && rowsIn < Height)
        {
            CopyRgbaRow(row, output.AsSpan(rowsIn++ * Width * 3, Width * 3));
            return;
        }

        var outY = rowsIn / factor;
        if (outY < Height)
        {
            for (var x = 0; x < Width; x++)
            {
                int r = 0, g = 0, b = 0;
                var start = x * factor * 4;
                for (var i = start; i < start + (factor * 4); i += 4)
                {
                    int a = row[i + 3];
                    if (a == 255)
                    {
                        r += row[i];
                        g += row[i + 1];
                        b += row[i + 2];
                    }
                    else
                    {
                        var paper = 255 * (255 - a);
                        r += ((row[i] * a) + paper) / 255;
                        g += ((row[i + 1] * a) + paper) / 255;
                        b += ((row[i + 2] * a) + paper) / 255;
                    }
                }

                sums[x * 3] += r;
                sums[(x * 3) + 1] += g;
                sums[(x * 3) + 2] += b;
            }

            if ((rowsIn + 1) % factor == 0)
            {
                Flush(outY);
            }
        }

        rowsIn++;
    }

    /// <summary>Adds the next source row, 3 bytes a pixel in R, G, B order.</summary>
    public void AddRgbRow(ReadOnlySpan<byte> row)
    {
        var outY = rowsIn / factor;
        if (outY < Height)
        {
            for (var x = 0; x < Width; x++)
            {
                int r = 0, g = 0, b = 0;
                var start = x * factor * 3;
                for (var i = start; i < start + (factor * 3); i += 3)
                {
                    r += row[i];
                    g += row[i + 1];
                    b += row[i + 2];
                }

                sums[x * 3] += r;
                sums[(x * 3) + 1] += g;
                sums[(x * 3) + 2] += b;
            }

            if ((rowsIn + 1) % factor == 0)
            {
                Flush(outY);
            }
        }

        rowsIn++;
    }

    /// <summary>The reduced page; rows never fed stay black, which the caller prevents by feeding every row.</summary>
    public ScanRaster ToRaster() => new(Width, Height, output);

    /// <summary>Rows of source needed for a complete raster.</summary>
    public int SourceRowsNeeded => Height * factor;

    /// <summary>The common case (a JPEG already scaled by its decoder): no averaging, opaque pixels copied as they are.</summary>
    private static void CopyRgbaRow(ReadOnlySpan<byte> row, Span<byte> target)
    {
        for (int i = 0, o = 0; o < target.Length; i += 4, o += 3)
        {
            int a = row[i + 3];
            if (a == 255)
            {
                target[o] = row[i];
                target[o + 1] = row[i + 1];
                target[o + 2] = row[i + 2];
            }
            else
            {
                var paper = 255 * (255 - a);
                target[o] = (byte)(((row[i] * a) + paper) / 255);
                target[o + 1] = (byte)(((row[i + 1] * a) + paper) / 255);
                target[o + 2] = (byte)(((row[i + 2] * a) + paper) / 255);
            }
        }
    }

    private void Flush(int outY)
    {
        var area = factor * factor;
        var offset = outY * Width * 3;
        for (var i = 0; i < sums.Length; i++)
        {
            output[offset + i] = (byte)(sums[i] / area);
            sums[i] = 0;
        }
    }
}
