namespace Pilot1X.Samples;

/// <summary>What one scanned A4 page shows: text lines always, plus the red marks a seal detector must tell apart.</summary>
public sealed record ScanPageOptions
{
    /// <summary>A red official seal (ring, star, arc text) near the bottom right.</summary>
    public bool Seal { get; init; }

    /// <summary>Stamp the seal across the body text instead of in the blank space below it.</summary>
    public bool SealOverlapsText { get; init; }

    /// <summary>Faded, pinkish stamp ink with worn-out spots.</summary>
    public bool FadedSeal { get; init; }

    /// <summary>A red letterhead rule (with a star in its middle) under the header, as on 红头文件.</summary>
    public bool RedLetterhead { get; init; }

    /// <summary>A big red title line (like "湖北省教育厅文件").</summary>
    public bool RedTitle { get; init; }

    public ScanRendering Rendering { get; init; } = ScanRendering.Colour;

    public int Dpi { get; init; } = 150;

    /// <summary>JPEG quality when the page goes into a PDF (scanners' "high quality" colour setting is about 90).</summary>
    public int JpegQuality { get; init; } = 85;

    /// <summary>Seeds the random text layout so every sample is reproducible.</summary>
    public int Seed { get; init; } = 1;
}
