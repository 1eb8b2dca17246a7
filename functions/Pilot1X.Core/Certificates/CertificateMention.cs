namespace Pilot1X.Core.Certificates;

/// <summary>Where a folded text names a certificate.</summary>
/// <param name="Certificate">The roster certificate named.</param>
/// <param name="Start">Index of the mention in the folded text (<see cref="CertificateText.Fold"/>).</param>
/// <param name="Length">Length of the mention in the folded text.</param>
public sealed record CertificateMention(PilotCertificate Certificate, int Start, int Length);
