using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Certificates;

/// <summary>
/// The contract's <c>certificates</c> entries of one institution, from what its current Word reports say of each roster
/// certificate. <c>pilot1x check</c> and the stored status both ask this, so they cannot disagree.
/// </summary>
public static class CertificateEvaluator
{
    /// <param name="institution">The institution and its roster certificates.</param>
    /// <param name="evaluation">What its current evaluation report(s) say, one list per readable Word version; empty when none arrived.</param>
    /// <param name="summary">What its current summary report(s) say, likewise.</param>
    public static IReadOnlyList<CertificateReport> Evaluate(
        Institution institution, IReadOnlyList<IReadOnlyList<CertificateEvidence>> evaluation, IReadOnlyList<IReadOnlyList<CertificateEvidence>> summary)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(summary);
        return [.. institution.PilotCertificates.Select(certificate =>
        {
            var evaluated = evaluation.SelectMany(e => e).Where(e => e.Name == certificate.Name).ToList();
            var checkedSelf = summary.SelectMany(e => e).Where(e => e.Name == certificate.Name).ToList();
            var grade = evaluated.Select(e => e.Grade).FirstOrDefault(g => g is not null);
            var state = evaluation.Count == 0 ? (institution.Sampled ? CertificateEvaluation.NoReport : CertificateEvaluation.NotRequired)
                : grade is not null ? CertificateEvaluation.Graded
                : evaluated.Exists(e => e.Named) ? CertificateEvaluation.Covered
                : CertificateEvaluation.NotCovered;
            var selfCheck = summary.Count == 0 ? SelfCheckCoverage.NoReport
                : checkedSelf.Exists(e => e.Named) ? SelfCheckCoverage.Covered
                : SelfCheckCoverage.NotCovered;
            return new CertificateReport(certificate.Name, state, grade, selfCheck) { Organisation = certificate.Organisation };
        })];
    }
}
