namespace Pilot1X.Core.Reporting.Office.ReportMail;

/// <summary>The report mail's sections after the headline figures, in the order the office reads them.</summary>
public static class OfficeReportSections
{
    public static IReadOnlyList<IOfficeReportSection> Standard { get; } =
    [
        new ArrivalsTodaySection(),
        new IncompleteSection(),
        new NothingReceivedSection(),
        new UnreachableSection(),
    ];
}
