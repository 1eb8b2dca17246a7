using SkiaSharp;

namespace Pilot1X.Samples;

/// <summary>Paints one A4 page the way a scanner captures it: paper, black text blocks and optional red marks.</summary>
internal sealed class ScanPageRenderer(ScanPageOptions options)
{
    private static readonly SKColor Ink = new(35, 35, 38);
    private static readonly SKColor SealRed = new(214, 32, 42);
    private static readonly SKColor FadedRed = new(226, 112, 128);
    private readonly Random random = new(options.Seed);
    private readonly float mm = options.Dpi / 25.4f;

    public SKBitmap Render()
    {
        var width = (int)Math.Round(210 * mm);
        var height = (int)Math.Round(297 * mm);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(251, 248, 241));
        var textTop = 60 * mm;
        if (options.RedTitle)
        {
            DrawGlyphRow(canvas, SealRed, 30 * mm, 22 * mm, 180 * mm, 14 * mm, 2.2f * mm);
        }

        if (options.RedLetterhead)
        {
            DrawLetterheadRule(canvas, 48 * mm, width);
        }

        for (var y = textTop; y < 230 * mm; y += 8 * mm)
        {
            var lineEnd = random.Next(10) == 0 ? 110 * mm : 185 * mm;
            DrawGlyphRow(canvas, Ink, 25 * mm, y, lineEnd, 4.2f * mm, 0.45f * mm);
        }

        if (options.Seal)
        {
            var centre = options.SealOverlapsText ? new SKPoint(140 * mm, 150 * mm) : new SKPoint(150 * mm, 255 * mm);
            new SealStamp(options.FadedSeal ? FadedRed : SealRed, 21 * mm, mm, options.FadedSeal ? random : null).Stamp(canvas, centre);
        }

        return bitmap;
    }

    /// <summary>A row of character-like blocks: each "character" is a few strokes inside its square.</summary>
    private void DrawGlyphRow(SKCanvas canvas, SKColor colour, float left, float top, float right, float size, float stroke)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        for (var x = left; x + size <= right; x += size * 1.12f)
        {
            for (var i = 0; i < 4; i++)
            {
                var offset = (float)random.NextDouble() * (size - stroke);
                var start = (float)random.NextDouble() * size * 0.4f;
                var length = (size * 0.35f) + ((float)random.NextDouble() * size * 0.6f);
                var rect = random.Next(2) == 0
                    ? SKRect.Create(x + start, top + offset, Math.Min(length, size - start), stroke)
                    : SKRect.Create(x + offset, top + start, stroke, Math.Min(length, size - start));
                canvas.DrawRect(rect, paint);
            }
        }
    }

    private void DrawLetterheadRule(SKCanvas canvas, float y, int width)
    {
        using var paint = new SKPaint { Color = SealRed, IsAntialias = true, Style = SKPaintStyle.Fill };
        var middle = width / 2f;
        canvas.DrawRect(new SKRect(20 * mm, y, middle - (5 * mm), y + (0.9f * mm)), paint);
        canvas.DrawRect(new SKRect(middle + (5 * mm), y, width - (20 * mm), y + (0.9f * mm)), paint);
        using var star = SealStamp.StarPath(new SKPoint(middle, y + (0.45f * mm)), 3.5f * mm);
        canvas.DrawPath(star, paint);
    }
}
