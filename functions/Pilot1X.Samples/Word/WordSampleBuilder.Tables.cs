using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pilot1X.Samples;

public sealed partial class WordSampleBuilder
{
    /// <summary>
    /// Adds a bordered table with the given cells (first row as a bold header), the way schools lay out a grading table
    /// (证书名称 | 培训评价组织 | 评价等级 | 理由). A cell with line breaks holds one paragraph per line.
    /// </summary>
    public WordSampleBuilder Table(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Add(_ =>
        {
            var table = new Table(new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new TableRow();
                foreach (var cell in rows[r])
                {
                    var lines = cell.Split('\n');
                    row.Append(new TableCell(lines.Select(line => (OpenXmlElement)SampleElements.Paragraph(line, bold: r == 0))));
                }

                table.Append(row);
            }

            return [table];
        });
    }
}
