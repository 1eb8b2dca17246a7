using System.Globalization;
using Azure.Data.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// One row of the Sections table (PK submission|file, RK the section's number), the only place its columns are named.
/// The heading and title are kept by <see cref="Blobs.LongTextStore"/> under <see cref="HeadingColumn"/> and
/// <see cref="TitleColumn"/> (in the row, or in a blob when too long for a column) and read back with it.
/// </summary>
/// <param name="Partition">The document's key (<see cref="SubmissionRows.DocumentKey"/>).</param>
/// <param name="Number">The section's position in the document's outline (RowKey, four digits).</param>
/// <param name="File">The document's display path.</param>
/// <param name="Chars">Characters of body text under the section.</param>
/// <param name="Template">The template section (1-based) it matched; null when none.</param>
public sealed record SectionRow(string Partition, int Number, string File, int Chars, int? Template)
{
    public const string HeadingColumn = "Heading";

    public const string TitleColumn = "Title";

    public string Key => Number.ToString("D4", CultureInfo.InvariantCulture);

    public TableEntity ToEntity() => SubmissionRows.Compact(new TableEntity(Partition, Key)
    {
        ["File"] = File,
        ["Chars"] = Chars,
        ["Template"] = Template,
    });

    public static SectionRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new SectionRow(row.PartitionKey, int.TryParse(row.RowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0,
            row.GetString("File") ?? string.Empty, row.GetInt32("Chars") ?? 0, row.GetInt32("Template"));
    }
}
