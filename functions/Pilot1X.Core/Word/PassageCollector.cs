using System.Text;

namespace Pilot1X.Core.Word;

/// <summary>Collects <see cref="OutlinePassage"/>s: one per paragraph with text, the paragraphs of one table row joined into one.</summary>
internal sealed class PassageCollector
{
    private readonly List<OutlinePassage> passages = [];
    private readonly StringBuilder row = new();
    private int rowNumber;
    private int rowSection;

    public IReadOnlyList<OutlinePassage> Passages
    {
        get
        {
            FlushRow();
            return passages;
        }
    }

    public void Add(int section, ParagraphView view)
    {
        var paragraph = view.Paragraph;
        if (paragraph.TableRow != rowNumber)
        {
            FlushRow();
        }

        if (paragraph.TableRow > 0)
        {
            if (row.Length == 0)
            {
                rowNumber = paragraph.TableRow;
                rowSection = section;
            }

            row.Append(view.Text).Append(OutlinePassage.CellSeparator);
            return;
        }

        if (view.Displayed.Length > 0)
        {
            passages.Add(new OutlinePassage(section, view.Displayed, IsTableRow: false));
        }
    }

    private void FlushRow()
    {
        if (row.Length > 0)
        {
            passages.Add(new OutlinePassage(rowSection, row.ToString(0, row.Length - 1), IsTableRow: true));
            row.Clear();
        }

        rowNumber = 0;
    }
}
