using Pilot1X.Core.Certificates;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Pipeline.Reporting;

/// <summary>
/// An institution's certificate entries from its stored documents: what the current versions of its Word reports said of
/// each certificate (kept per document), through the same <see cref="CertificateEvaluator"/> <c>pilot1x check</c> asks.
/// The office snapshot and the receipt both ask this, so a receipt says what the dashboard shows.
/// </summary>
public static class StoredCertificates
{
    /// <summary>From the institution's rows of the Documents table (current and replaced versions alike).</summary>
    public static IReadOnlyList<CertificateReport> Evaluate(Institution institution, IReadOnlyList<StoredDocumentRow> documents)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(documents);
        var current = new HashSet<MaterialEvidence>(
            CompletenessEvaluator.CurrentVersions(documents.Where(d => d.Evidence is not null).Select(d => d.Evidence!)), ReferenceEqualityComparer.Instance);
        return Of(institution, [.. documents.Where(d => d.Evidence is not null && current.Contains(d.Evidence))]);
    }

    /// <summary>From the documents that count (current versions).</summary>
    internal static IReadOnlyList<CertificateReport> Of(Institution institution, IReadOnlyList<StoredDocumentRow> counting) =>
        CertificateEvaluator.Evaluate(institution, Said(counting, MaterialKind.Evaluation), Said(counting, MaterialKind.Summary));

    private static IReadOnlyList<IReadOnlyList<CertificateEvidence>> Said(IReadOnlyList<StoredDocumentRow> counting, MaterialKind kind) =>
        [.. counting.Where(d => d.Document.Kind == kind && d.Document.Certificates is not null).Select(d => d.Document.Certificates!)];
}
