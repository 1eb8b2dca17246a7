using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Pipeline;
using Pilot1X.Storage.Reporting;

namespace Pilot1X.Mail.Reports;

/// <summary>
/// The one place the mail side reads the office's summary from storage (reminders, the report mail, the report
/// functions and <c>pilot1x report</c> all come here), so they show the same truth as <c>pilot1x status</c> and a
/// better reader can replace this body alone.
/// </summary>
public sealed class OfficeSummarySource(InstitutionStatusStore statuses, InstitutionRoster roster)
{
    /// <summary>Every roster institution as stored at <paramref name="asOf"/>, judged against <paramref name="deadline"/>.</summary>
    public async Task<OfficeSummary> ReadAsync(DateTimeOffset asOf, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var stored = (await statuses.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Name, StringComparer.Ordinal);
        return StoredOfficeSummary.From([.. roster.Institutions.Select(i => (i, stored.GetValueOrDefault(i.Name)))], asOf, deadline);
    }
}
