namespace Pilot1X.Core.Certificates;

/// <summary>
/// One roster certificate of one institution, as the contract's <c>certificates</c> object shows it: how the evaluation
/// report covers and grades it, whether the summary's self-check speaks of it, and how many questionnaire answers it has.
/// </summary>
/// <param name="Name">As the roster names it.</param>
/// <param name="Evaluation">Coverage and grading in the evaluation report (附件4).</param>
/// <param name="Grade">The grade section 四 gives it (<see cref="CertificateGrades"/>), or null.</param>
/// <param name="SelfCheck">Coverage in the summary report's section 四.</param>
public sealed record CertificateReport(string Name, CertificateEvaluation Evaluation, string? Grade, SelfCheckCoverage SelfCheck)
{
    /// <summary>The questionnaire quota per certificate the notice sets: at least 5 teachers …</summary>
    public const int TeachersRequired = 5;

    /// <summary>… and at least 10 students.</summary>
    public const int StudentsRequired = 10;

    /// <summary>培训评价组织 from the roster, or null.</summary>
    public string? Organisation { get; init; }

    /// <summary>Questionnaire answers by teachers for this certificate; 0 until questionnaire exports are counted.</summary>
    public int Teachers { get; init; }

    /// <summary>Questionnaire answers by students for this certificate; 0 until questionnaire exports are counted.</summary>
    public int Students { get; init; }

    /// <summary>At least <see cref="TeachersRequired"/> teachers and <see cref="StudentsRequired"/> students answered (false while none are counted).</summary>
    public bool QuotaMet => Teachers >= TeachersRequired && Students >= StudentsRequired;
}
