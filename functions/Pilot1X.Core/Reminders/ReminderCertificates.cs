using System.Globalization;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Reminders;

/// <summary>
/// The reminder's certificate lines, from the row's <see cref="CertificateReport"/>s: each certificate whose questionnaire
/// quota is not met, with both counts and how many are still needed. (A certificate the evaluation report leaves out is
/// an error finding, which the reminder already lists with its fix.) Quota lines appear once exports have been counted —
/// before that the office has nothing to count and zero would be a false alarm.
/// </summary>
internal static class ReminderCertificates
{
    public static IEnumerable<string> Items(OfficeRow row)
    {
        if (!row.Findings.Any(f => f.Code == FindingCode.QuestionnaireQuota))
        {
            return [];
        }

        return row.Certificates.Where(c => !c.QuotaMet).Select(c => string.Create(CultureInfo.InvariantCulture,
            $"试点证书“{c.Name}”的问卷目前有教师 {c.Teachers} 名、学生 {c.Students} 名作答，每个证书至少需要 {CertificateReport.TeachersRequired} 名教师、{CertificateReport.StudentsRequired} 名学生：")
            + "请再组织" + Needed(c) + "填写问卷（学校填写全称，证书选择“" + c.Name + "”）。");
    }

    private static string Needed(CertificateReport certificate)
    {
        var teachers = Math.Max(0, CertificateReport.TeachersRequired - certificate.Teachers);
        var students = Math.Max(0, CertificateReport.StudentsRequired - certificate.Students);
        static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        return string.Join("、", new[] { teachers > 0 ? Invariant($"教师 {teachers} 名") : null, students > 0 ? Invariant($"学生 {students} 名") : null }.OfType<string>());
    }
}
