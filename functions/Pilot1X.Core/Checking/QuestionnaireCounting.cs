using System.Globalization;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Counts the questionnaire exports of a check: the newest export of each questionnaire counts (an older one is
/// SUPERSEDED), every answer for the school it names, and answers naming no roster school are reported on their export.
/// </summary>
internal sealed class QuestionnaireCounting
{
    private readonly QuestionnaireTally _tally;

    private QuestionnaireCounting(QuestionnaireTally tally, QuestionnaireSummary summary)
    {
        _tally = tally;
        Summary = summary;
    }

    public QuestionnaireSummary Summary { get; }

    public static QuestionnaireCounting Count(IReadOnlyList<ReceivedItem> items, RosterMatcher matcher)
    {
        var exports = items.Where(i => i is { IsQuestionnaireExport: true, Questionnaire: not null, IsDuplicate: false }).ToList();
        foreach (var questionnaire in exports.Select((item, order) => (item, order)).GroupBy(x => x.item.Questionnaire!.Signature, StringComparer.Ordinal))
        {
            var ordered = questionnaire
                .OrderBy(x => x.item.Questionnaire!.LatestAnswerAt ?? DateTimeOffset.MinValue)
                .ThenBy(x => x.item.Origin.ReceivedAt)
                .ThenBy(x => x.item.Questionnaire!.Answers)
                .ThenBy(x => x.order)
                .Select(x => x.item)
                .ToList();
            foreach (var older in ordered.Take(ordered.Count - 1))
            {
                older.IsOlderExport = true;
                older.Findings.Add(Finding.Of(FindingCode.Superseded, older.DisplayPath,
                    $"问卷导出表“{older.FileName}”已被同一问卷较新的导出“{DisplayName.ForPeople(ordered[^1].DisplayPath)}”取代，以较新的导出为准。"));
            }
        }

        var certificateOf = CertificateMatching();
        var tally = new QuestionnaireTally(matcher, certificateOf);
        var current = exports.Where(i => !i.IsOlderExport).ToList();
        foreach (var export in current)
        {
            tally.Add(export.Questionnaire!);
            var own = new QuestionnaireTally(matcher, certificateOf);
            own.Add(export.Questionnaire!);
            if (own.Unmatched > 0)
            {
                export.Findings.Add(Unmatched(export, own));
            }
        }

        return new QuestionnaireCounting(tally, new QuestionnaireSummary([.. current.Select(i => i.DisplayPath)], tally.Answers, tally.UnmatchedSchools)
        {
            Exports = [.. current.Select(i => new CountedExport(i.DisplayPath, i.Questionnaire!, i.Origin.Email?.FromAddress, i.Origin.ReceivedAt))],
        });
    }

    /// <summary>The institution's answers and quota findings; null when the roster lists no certificate for it.</summary>
    public (InstitutionAnswers? Answers, IEnumerable<Finding> Findings) For(Institution institution)
    {
        if (institution.PilotCertificates.Count == 0)
        {
            return (null, []);
        }

        var answers = _tally.For(institution, institution.PilotCertificates.Select(c => c.Name));
        var findings = Summary.Files.Count == 0 ? [] : answers.Certificates.Where(c => !c.QuotaMet).Select(Quota);
        return (answers, findings);
    }

    /// <summary>The QUESTIONNAIRE_QUOTA finding of a certificate short of its quota (check and the stored views word it alike).</summary>
    internal static Finding Quota(CertificateAnswers certificate) =>
        Finding.Of(FindingCode.QuestionnaireQuota, null, string.Create(CultureInfo.InvariantCulture,
            $"“{certificate.Certificate}”证书的问卷目前有教师 {certificate.Teachers} 名、学生 {certificate.Students} 名作答，未达到每个证书至少 {CertificateReport.TeachersRequired} 名教师、{CertificateReport.StudentsRequired} 名学生的要求。"),
            string.Create(CultureInfo.InvariantCulture,
                $"请组织参与该证书试点的教师（还差 {Math.Max(0, CertificateReport.TeachersRequired - certificate.Teachers)} 名）和学生（还差 {Math.Max(0, CertificateReport.StudentsRequired - certificate.Students)} 名）填写问卷，学校名称填写全称，证书选择“{certificate.Certificate}”。"));

    private static Finding Unmatched(ReceivedItem export, QuestionnaireTally own)
    {
        var schools = own.UnmatchedSchools;
        var named = string.Join("、", schools.Take(10).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"“{(s.Name.Length == 0 ? "（未填写学校）" : s.Name)}”（{s.Answers} 份）")));
        var more = schools.Count > 10 ? string.Create(CultureInfo.InvariantCulture, $"等 {schools.Count} 个名称") : string.Empty;
        return Finding.Of(FindingCode.QuestionnaireUnmatched, export.DisplayPath, string.Create(CultureInfo.InvariantCulture,
            $"问卷导出表“{export.FileName}”中有 {own.Unmatched} 份答卷填写的学校不在名单内，未计入任何单位：{named}{more}。"),
            "如其中有名单内单位的简称或旧称，请在名单的“别名”列补上后重新检查；否则无需处理。");
    }

    /// <summary>The certificate an answer names, among the institution's roster certificates (the certificate matcher, one per institution).</summary>
    internal static Func<Institution, string, string?> CertificateMatching()
    {
        var matchers = new Dictionary<Institution, CertificateMatcher>();
        return (institution, typed) =>
        {
            if (!matchers.TryGetValue(institution, out var matcher))
            {
                matcher = new CertificateMatcher(institution.PilotCertificates);
                matchers[institution] = matcher;
            }

            return matcher.Match(typed)?.Name;
        };
    }
}
