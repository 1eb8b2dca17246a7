using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Questionnaires;

/// <summary>The questionnaire answers of one institution: the contract's per-institution <c>questionnaires</c> object.</summary>
/// <param name="Answers">Answers whose school is this institution (any role, any certificate).</param>
/// <param name="Certificates">Each roster certificate of the institution, in roster order, with its teachers and students.</param>
public sealed record InstitutionAnswers(int Answers, IReadOnlyList<CertificateAnswers> Certificates)
{
    public bool Received => Answers > 0;

    /// <summary>Every roster certificate has its 5 teachers and 10 students (false for an institution without certificates).</summary>
    public bool QuotaMet => Certificates.Count > 0 && Certificates.All(c => c.QuotaMet);

    /// <summary>The certificate entries with these counts on them (check and the stored views alike).</summary>
    public IReadOnlyList<CertificateReport> CountedOn(IReadOnlyList<CertificateReport> certificates) =>
        [.. certificates.Select(c => Certificates.FirstOrDefault(a => a.Certificate == c.Name) is { } counted
            ? c with { Teachers = counted.Teachers, Students = counted.Students }
            : c)];
}
