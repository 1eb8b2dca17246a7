namespace Pilot1X.Samples;

/// <summary>How a picture's caption is written.</summary>
public enum CaptionKind
{
    /// <summary>No caption.</summary>
    None,

    /// <summary>A paragraph in the Caption (题注) style reading "图N …".</summary>
    Style,

    /// <summary>Word's Insert Caption: "图" + a <c>SEQ 图</c> field + the text, in a plain paragraph.</summary>
    SequenceField,

    /// <summary>A plain centred paragraph typed "图N …".</summary>
    PlainText,

    /// <summary>The caption typed after the picture in the same paragraph.</summary>
    SameParagraph,
}
