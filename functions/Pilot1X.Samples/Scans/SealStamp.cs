using SkiaSharp;

namespace Pilot1X.Samples;

/// <summary>
/// A round official seal (公章): ring, five-pointed star, unit name along the upper arc and a short line below the
/// star. Stamped with multiply blending so black text under it stays black, as stamp ink on toner does.
/// </summary>
internal sealed class SealStamp(SKColor colour, float radius, float mm, Random? wear)
{
    public void Stamp(SKCanvas canvas, SKPoint centre)
    {
        using var layerPaint = new SKPaint { BlendMode = SKBlendMode.Multiply };
        canvas.SaveLayer(layerPaint);
        using var ink = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.3f * mm };
        canvas.DrawCircle(centre, radius - (0.65f * mm), ink);
        ink.Style = SKPaintStyle.Fill;
        using (var star = StarPath(centre, radius * 0.32f))
        {
            canvas.DrawPath(star, ink);
        }

        DrawArcText(canvas, centre, ink);
        var lineTop = centre.Y + (radius * 0.42f);
        for (var x = centre.X - (radius * 0.4f); x < centre.X + (radius * 0.38f); x += radius * 0.2f)
        {
            canvas.DrawRect(SKRect.Create(x, lineTop, radius * 0.15f, 0.5f * mm), ink);
            canvas.DrawRect(SKRect.Create(x + (radius * 0.05f), lineTop, 0.5f * mm, radius * 0.15f), ink);
        }

        if (wear is not null)
        {
            // Worn stamp: ink missing in small spots.
            using var eraser = new SKPaint { BlendMode = SKBlendMode.DstOut, Color = new SKColor(0, 0, 0, 200), IsAntialias = true };
            for (var i = 0; i < 260; i++)
            {
                var angle = wear.NextDouble() * Math.PI * 2;
                var distance = Math.Sqrt(wear.NextDouble()) * radius;
                var spot = new SKPoint(centre.X + (float)(Math.Cos(angle) * distance), centre.Y + (float)(Math.Sin(angle) * distance));
                canvas.DrawCircle(spot, (0.3f + (float)wear.NextDouble()) * mm, eraser);
            }
        }

        canvas.Restore();
    }

    public static SKPath StarPath(SKPoint centre, float outer)
    {
        var path = new SKPath();
        for (var i = 0; i < 10; i++)
        {
            var r = i % 2 == 0 ? outer : outer * 0.38f;
            var angle = (-Math.PI / 2) + (i * Math.PI / 5);
            var point = new SKPoint(centre.X + (float)(Math.Cos(angle) * r), centre.Y + (float)(Math.Sin(angle) * r));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }

        path.Close();
        return path;
    }

    /// <summary>Character-like marks along the upper arc, each turned to face the centre.</summary>
    private void DrawArcText(SKCanvas canvas, SKPoint centre, SKPaint ink)
    {
        var size = radius * 0.2f;
        for (var degrees = 150f; degrees <= 390f; degrees += 20f)
        {
            canvas.Save();
            canvas.RotateDegrees(degrees + 90, centre.X, centre.Y);
            var top = centre.Y - (radius * 0.86f);
            canvas.DrawRect(SKRect.Create(centre.X - (size / 2), top, size, 0.45f * mm), ink);
            canvas.DrawRect(SKRect.Create(centre.X - (size / 2), top + (size / 2), size, 0.45f * mm), ink);
            canvas.DrawRect(SKRect.Create(centre.X - (0.2f * mm), top, 0.45f * mm, size), ink);
            canvas.Restore();
        }
    }
}
