namespace Pilot1X.Core.Questionnaires;

/// <summary>Answers counted for one roster certificate of one institution.</summary>
/// <param name="Certificate">As the roster names it.</param>
public sealed record CertificateAnswers(string Certificate, int Teachers, int Students)
{
    /// <summary>The notice: “每个 1+X 证书至少有 5 名教师 10 名学生”.</summary>
    public const int TeachersRequired = 5;

    public const int StudentsRequired = 10;

    public bool QuotaMet => Teachers >= TeachersRequired && Students >= StudentsRequired;
}
