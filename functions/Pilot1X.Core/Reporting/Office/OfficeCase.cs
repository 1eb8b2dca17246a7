namespace Pilot1X.Core.Reporting.Office;

/// <summary>One current typical-case Word document, as the office weighs it for recommending upward (典型案例 sheet).</summary>
/// <param name="Institution">The roster institution that sent it.</param>
/// <param name="File">Its display path (the sheet shows it as the school named it).</param>
/// <param name="Chars">字数, when counted.</param>
/// <param name="Images">Pictures in it, when counted.</param>
/// <param name="CaptionedImages">Pictures with a caption, when counted.</param>
/// <param name="ReceivedAt">When it arrived, when known.</param>
public sealed record OfficeCase(string Institution, string File, int? Chars, int? Images, int? CaptionedImages, DateTimeOffset? ReceivedAt)
{
    /// <summary>Its title as the school gave it: the file's own name without the extension.</summary>
    public string Title => Path.GetFileNameWithoutExtension(Intake.DisplayName.Leaf(File));
}
