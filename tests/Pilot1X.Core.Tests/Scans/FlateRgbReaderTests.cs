using System.IO.Compression;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Tests.Scans;

public sealed class FlateRgbReaderTests
{
    private const int Width = 7;
    private const int Height = 5;

    [Fact]
    public void Rows_with_each_png_predictor_decode_to_the_original_pixels()
    {
        var pixels = new byte[Width * Height * 3];
        new Random(3).NextBytes(pixels);

        var raster = FlateRgbReader.Decode(Compress(WithPredictors(pixels)), Width, Height, pngPredictors: true, "测试图像", CancellationToken.None);

        Assert.Equal(pixels, raster.Rgb);
    }

    [Fact]
    public void Rows_without_predictor_decode_as_they_are()
    {
        var pixels = new byte[Width * Height * 3];
        new Random(4).NextBytes(pixels);

        var raster = FlateRgbReader.Decode(Compress(pixels), Width, Height, pngPredictors: false, "测试图像", CancellationToken.None);

        Assert.Equal(pixels, raster.Rgb);
    }

    [Fact]
    public void Data_shorter_than_the_declared_size_is_unreadable()
    {
        var pixels = new byte[Width * (Height - 1) * 3];

        var error = Assert.Throws<UnreadableDocumentException>(() =>
            FlateRgbReader.Decode(Compress(pixels), Width, Height, pngPredictors: false, "测试图像", CancellationToken.None));

        Assert.Contains("测试图像的图像数据不完整", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Row y uses PNG filter y % 5 (None, Sub, Up, Average, Paeth), encoded as RFC 2083 defines them.</summary>
    private static byte[] WithPredictors(byte[] pixels)
    {
        const int stride = Width * 3;
        var output = new List<byte>();
        for (var y = 0; y < Height; y++)
        {
            var filter = (byte)(y % 5);
            output.Add(filter);
            for (var i = 0; i < stride; i++)
            {
                int raw = pixels[(y * stride) + i];
                int left = i >= 3 ? pixels[(y * stride) + i - 3] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= 3 ? pixels[((y - 1) * stride) + i - 3] : 0;
                var predicted = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                output.Add((byte)(raw - predicted));
            }
        }

        return [.. output];
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
