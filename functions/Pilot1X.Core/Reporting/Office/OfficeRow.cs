using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// One roster institution as the office's workbook shows it. Built from a check or from the stored status,
/// so members the stored status does not keep (seal, sections, last received) are nullable.
/// </summary>
/// <param name="Institution">The roster entry.</param>
/// <param name="Status">齐全, 未齐全 or 未交.</param>
/// <param name="Materials">Where each material stands (summary and, for the sampled, evaluation always present).</param>
/// <param name="Seal">The seal of the current summary-report scan, when known.</param>
/// <param name="SectionsFound">Template sections found in the current Word reports, when known.</param>
/// <param name="SectionsExpected">Template sections those reports should have.</param>
/// <param name="LastReceived">When its newest counted file arrived, when known.</param>
/// <param name="Findings">Every finding about it.</param>
public sealed record OfficeRow(
    Institution Institution,
    OfficeStatus Status,
    IReadOnlyList<MaterialReport> Materials,
    SealStatus? Seal,
    int? SectionsFound,
    int? SectionsExpected,
    DateTimeOffset? LastReceived,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>When the last receipt to it was sent, when known (the office sees whether the school has been told).</summary>
    public DateTimeOffset? LastReceipt { get; init; }

    /// <summary>Its roster certificates as the current reports treat them (the contract's <c>certificates</c>); empty without roster certificates.</summary>
    public IReadOnlyList<CertificateReport> Certificates { get; init; } = [];
}
