namespace Pilot1X.Core.Certificates;

/// <summary>What one Word report says of one roster certificate (kept with the document, so status can rebuild the certificate view).</summary>
/// <param name="Name">The certificate as the roster names it.</param>
/// <param name="Named">Evaluation report: named anywhere. Summary report: named in section 四 (自查自查结果).</param>
/// <param name="Grade">Evaluation report: the grade section 四 ties to it (<see cref="CertificateGrades"/>), or null.</param>
public sealed record CertificateEvidence(string Name, bool Named, string? Grade);
