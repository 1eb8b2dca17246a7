using DocumentFormat.OpenXml.Wordprocessing;

namespace Pilot1X.Samples;

/// <summary>A table of contents as Word inserts it: a "Table of Contents" content control wrapping a TOC field.</summary>
internal static class SampleToc
{
    public static SdtBlock Create(IReadOnlyList<string> entries)
    {
        var content = new SdtContentBlock(SampleElements.Paragraph("目录", bold: true, centred: true));
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = SampleStyles.Toc1 }));
            if (i == 0)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
                paragraph.Append(new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(SampleElements.Run(entries[i]), new Run(new TabChar()), SampleElements.Run((i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            content.Append(paragraph);
        }

        return new SdtBlock(
            new SdtProperties(new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            content);
    }
}
