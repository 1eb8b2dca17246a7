using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Mail.Receipts;

/// <summary>What the receipt issuer read about one analysed mail: plain rows, no table access.</summary>
/// <param name="Filed">The institutions the analysis filed files for, in its order.</param>
/// <param name="Findings">The mail's findings with the institution each was stored under (empty: none).</param>
/// <param name="FilesOf">Per filed institution, its documents of this mail (display paths).</param>
/// <param name="Statuses">Per institution the receipt talks about, its status row (the dashboard's truth) if it has one.</param>
/// <param name="Held">The mail's files held for the office.</param>
internal sealed record ReceiptFacts(
    IReadOnlyList<Institution> Filed,
    IReadOnlyList<(string Institution, Finding Finding)> Findings,
    IReadOnlyDictionary<string, IReadOnlyList<string>> FilesOf,
    IReadOnlyDictionary<string, InstitutionStatus?> Statuses,
    IReadOnlyList<DashboardHeldFile> Held);
