using System.Text;

namespace Pilot1X.Core.Reporting.Office.ReportMail;

/// <summary>
/// One section of the office's report mail, written both as plain text and as HTML from the same summary, so the two
/// parts of the mail say the same. Sections are appended in order (<see cref="OfficeReportSections.Standard"/>); another
/// concern adds its own section class rather than editing these.
/// </summary>
public interface IOfficeReportSection
{
    void AppendText(StringBuilder text, OfficeSummary summary);

    /// <summary>Appends HTML; every piece of text goes through <paramref name="encode"/>.</summary>
    void AppendHtml(StringBuilder html, OfficeSummary summary, Func<string, string> encode);
}
