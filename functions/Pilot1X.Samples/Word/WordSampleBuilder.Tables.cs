using DocumentFormat.OpenXml.Wordprocessing;

namespace Pilot1X.Samples;

public sealed partial class WordSampleBuilder
{
    /// <summary>
    /// Adds a bordered table with the given cell texts, first row bold as a header row (as schools lay out the grades
    /// of section 四); an empty string is an empty cell.
    /// </summary>
    public WordSampleBuilder Table(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var copy = rows.Select(r => r.ToArray()).ToList();
        return Add(_ =>
        {
            var table = new Table(new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            for (var r = 0; r < copy.Count; r++)
            {
                var row = new TableRow();
                if (r == 0)
                {
                    row.Append(new TableRowProperties(new TableHeader()));
                }

                foreach (var text in copy[r])
                {
                    row.Append(new TableCell(SampleElements.Paragraph(text, bold: r == 0, centred: r == 0)));
                }

                table.Append(row);
            }

            return [table];
        });
    }
}
