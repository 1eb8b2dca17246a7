using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Pipeline;

namespace Pilot1X.Storage.Reporting;

/// <summary>
/// The office's summary from the stored status rows — the same truth <c>pilot1x status</c> prints. The status row keeps
/// materials, what is missing, the number of documents and when it was recomputed, not seals or sections, so those
/// columns stay empty here; a check of the files (<c>pilot1x report PATH…</c>) fills them.
/// </summary>
public static class StoredOfficeSummary
{
    public static OfficeSummary From(IReadOnlyList<(Institution Institution, InstitutionStatus? Status)> rows, DateTimeOffset asOf, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new OfficeSummary(asOf, deadline, [.. rows.Select(r => RowOf(r.Institution, r.Status))], []);
    }

    private static OfficeRow RowOf(Institution institution, InstitutionStatus? status)
    {
        if (status is null || status.Documents == 0)
        {
            var empty = Core.Reporting.CompletenessEvaluator.Evaluate(institution, []);
            return new OfficeRow(institution, OfficeStatus.NothingReceived, empty.Materials, null, null, null, null, empty.Missing);
        }

        return new OfficeRow(institution, status.Complete ? OfficeStatus.Complete : OfficeStatus.Incomplete,
            status.Materials, null, null, null, status.UpdatedAt, status.Findings);
    }
}
