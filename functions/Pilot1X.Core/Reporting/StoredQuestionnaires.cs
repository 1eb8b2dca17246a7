using Pilot1X.Core.Attribution;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting;

/// <summary>
/// Puts the counts of stored questionnaire exports into a report assembled from storage (<c>pilot1x status</c>), with
/// the same tally and certificate matcher <c>check</c> uses, so both show the same numbers for the same exports.
/// </summary>
public static class StoredQuestionnaires
{
    public static CheckReport Apply(CheckReport report, InstitutionRoster roster, IReadOnlyList<CountedExport> exports)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(exports);
        var tally = new QuestionnaireTally(new RosterMatcher(roster), QuestionnaireCounting.CertificateMatching());
        foreach (var export in exports)
        {
            tally.Add(export.Export);
        }

        var institutions = report.Institutions.Select(institution =>
        {
            if (institution.Institution.PilotCertificates.Count == 0)
            {
                return institution;
            }

            var answers = tally.For(institution.Institution, institution.Institution.PilotCertificates.Select(c => c.Name));
            return institution with
            {
                Questionnaires = answers,
                Certificates = [.. institution.Certificates.Select(c => answers.Certificates.FirstOrDefault(a => a.Certificate == c.Name) is { } counted
                    ? c with { Teachers = counted.Teachers, Students = counted.Students }
                    : c)],
            };
        }).ToList();
        var summary = new QuestionnaireSummary([.. exports.Select(e => e.File)], tally.Answers, tally.UnmatchedSchools) { Exports = exports };
        var any = exports.Count > 0 || roster.Institutions.Any(i => i.PilotCertificates.Count > 0);
        return report with { Institutions = institutions, Questionnaires = any ? summary : null };
    }
}
