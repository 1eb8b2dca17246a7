using SkiaSharp;

namespace Pilot1X.Samples;

/// <summary>A small real PNG photo stand-in (sky, ground, a building) to embed in sample documents.</summary>
internal static class SampleImage
{
    private static readonly Lazy<byte[]> Png = new(Render);

    public static byte[] Bytes => Png.Value;

    private static byte[] Render()
    {
        using var bitmap = new SKBitmap(200, 125);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(135, 190, 235));
            using var ground = new SKPaint { Color = new SKColor(90, 150, 80) };
            canvas.DrawRect(0, 88, 200, 37, ground);
            using var building = new SKPaint { Color = new SKColor(200, 200, 190) };
            canvas.DrawRect(50, 38, 100, 56, building);
        }

        // Photo-like grain (deterministic) so the PNG weighs what a small photo does, not a few bytes.
        var state = 12345u;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                state = (state * 1103515245u) + 12345u;
                var grain = (int)((state >> 16) % 24) - 12;
                var pixel = bitmap.GetPixel(x, y);
                bitmap.SetPixel(x, y, new SKColor(Clamp(pixel.Red + grain), Clamp(pixel.Green + grain), Clamp(pixel.Blue + grain)));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        return Encode(image);
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    private static byte[] Encode(SKImage image)
    {
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
