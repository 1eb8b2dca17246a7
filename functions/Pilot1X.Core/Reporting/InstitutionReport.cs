using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting;

/// <summary>Everything about one roster institution: whether it is complete, what arrived, what is wrong.</summary>
public sealed record InstitutionReport(
    Institution Institution,
    bool Complete,
    IReadOnlyList<MaterialReport> Materials,
    IReadOnlyList<DocumentReport> Documents,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>Questionnaire answers for it and its certificates; null when the roster lists no certificate for it.</summary>
    public InstitutionAnswers? Questionnaires { get; init; }

    /// <summary>One entry per roster certificate of the institution (the contract's <c>certificates</c>); empty when the roster lists none.</summary>
    public IReadOnlyList<CertificateReport> Certificates { get; init; } = [];

    /// <summary>True when nothing at all was received from it (the 未交 list).</summary>
    public bool NothingReceived => Documents.Count == 0 && Findings.All(f => f.Code == FindingCode.MaterialMissing);
}
