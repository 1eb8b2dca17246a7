namespace Pilot1X.Samples;

/// <summary>How the scanner stored the page: scanners are set to colour, grayscale or black-and-white.</summary>
public enum ScanRendering
{
    /// <summary>Colour on slightly warm paper, as a colour scanner sees it.</summary>
    Colour,

    /// <summary>One-channel grayscale (a grayscale JPEG): a red seal is invisible as red.</summary>
    Grayscale,

    /// <summary>Pure black and white (bilevel), stored in an RGB image.</summary>
    Bilevel,
}
