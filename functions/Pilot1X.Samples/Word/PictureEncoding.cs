namespace Pilot1X.Samples;

/// <summary>How a picture is written into document.xml.</summary>
public enum PictureEncoding
{
    /// <summary>DrawingML inline picture (<c>w:drawing</c> with <c>a:blip</c>), what Word 2010+ writes.</summary>
    Drawing,

    /// <summary>Legacy VML (<c>w:pict</c> with <c>v:imagedata</c>), what old Word and WPS write.</summary>
    Vml,

    /// <summary><c>mc:AlternateContent</c> with a DrawingML choice and a VML fallback of the same picture.</summary>
    AlternateContent,
}
