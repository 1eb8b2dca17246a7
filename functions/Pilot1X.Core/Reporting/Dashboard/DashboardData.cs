using Pilot1X.Core.Reporting.Ledger;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// Everything the office's dashboard shows, read once per page: the same <see cref="OfficeSummary"/> the workbook and
/// the reminders are built from (so the three never disagree), every stored document for the per-institution detail,
/// and every submission for the chart of submissions over time.
/// </summary>
/// <param name="Summary">One row per roster institution, with its findings.</param>
/// <param name="Documents">Every document attributed to a roster institution, current versions and older ones.</param>
/// <param name="Submissions">Every submission taken in (uploads, mails), in the order received.</param>
public sealed record DashboardData(OfficeSummary Summary, IReadOnlyList<DashboardDocument> Documents, IReadOnlyList<DashboardSubmission> Submissions)
{
    /// <summary>Files held for the office (待核实): they name an institution but were filed for none, newest first.</summary>
    public IReadOnlyList<DashboardHeldFile> Held { get; init; } = [];

    /// <summary>Every mail the office mailbox received, oldest first, with what became of it (the 来件 view).</summary>
    public IReadOnlyList<MailLedgerEntry> Mail { get; init; } = [];

    /// <summary>The documents of one institution, newest first.</summary>
    public IEnumerable<DashboardDocument> DocumentsOf(string institution) =>
        Documents.Where(d => string.Equals(d.Institution, institution, StringComparison.Ordinal))
            .OrderByDescending(d => d.ReceivedAt ?? DateTimeOffset.MinValue);
}
