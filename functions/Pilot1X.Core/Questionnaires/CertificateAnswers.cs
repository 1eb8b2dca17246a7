using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Questionnaires;

/// <summary>Answers counted for one roster certificate of one institution.</summary>
/// <param name="Certificate">As the roster names it.</param>
public sealed record CertificateAnswers(string Certificate, int Teachers, int Students)
{
    /// <summary>The notice's quota (<see cref="CertificateReport.TeachersRequired"/> teachers, <see cref="CertificateReport.StudentsRequired"/> students).</summary>
    public bool QuotaMet => Teachers >= CertificateReport.TeachersRequired && Students >= CertificateReport.StudentsRequired;
}
