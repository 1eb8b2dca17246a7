using Pilot1X.Core.Attribution;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting;

/// <summary>
/// Puts the counts of stored questionnaire exports into a report assembled from storage (<c>pilot1x status</c>), with
/// the same tally and certificate matcher <c>check</c> uses, so both show the same numbers for the same exports. The
/// exports are tallied once, however many views read them (<c>status</c> reads both the office rows and the check shape).
/// </summary>
public sealed class StoredQuestionnaires
{
    private readonly InstitutionRoster _roster;
    private readonly IReadOnlyList<CountedExport> _exports;
    private readonly Lazy<QuestionnaireTally> _tally;

    public StoredQuestionnaires(InstitutionRoster roster, IReadOnlyList<CountedExport> exports)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(exports);
        _roster = roster;
        _exports = exports;
        _tally = new Lazy<QuestionnaireTally>(() => TallyOf(roster, exports), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public CheckReport Apply(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = _tally.Value;
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
                Certificates = answers.CountedOn(institution.Certificates),
            };
        }).ToList();
        var summary = new QuestionnaireSummary([.. _exports.Select(e => e.File)], tally.Answers, tally.UnmatchedSchools) { Exports = _exports };
        var any = _exports.Count > 0 || _roster.Institutions.Any(i => i.PilotCertificates.Count > 0);
        return report with { Institutions = institutions, Questionnaires = any ? summary : null };
    }

    /// <summary>
    /// The office's rows with the stored exports' counts on their certificates and, as <c>check</c> raises them, the
    /// QUESTIONNAIRE_QUOTA findings: the dashboard, workbook, reminders, report mail and <c>status</c> all read these rows.
    /// Without a stored export nothing changes (nobody is told 0/5 before the office has imported anything).
    /// </summary>
    public OfficeSummary ApplyTo(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (_exports.Count == 0)
        {
            return summary;
        }

        var tally = _tally.Value;
        return summary with
        {
            Rows = [.. summary.Rows.Select(row =>
            {
                if (row.Institution.PilotCertificates.Count == 0)
                {
                    return row;
                }

                var answers = tally.For(row.Institution, row.Institution.PilotCertificates.Select(c => c.Name));
                return row with
                {
                    Certificates = answers.CountedOn(row.Certificates),
                    Findings = [.. row.Findings, .. answers.Certificates.Where(c => !c.QuotaMet).Select(QuestionnaireCounting.Quota)],
                };
            })],
        };
    }

    private static QuestionnaireTally TallyOf(InstitutionRoster roster, IReadOnlyList<CountedExport> exports)
    {
        var tally = new QuestionnaireTally(new RosterMatcher(roster), QuestionnaireCounting.CertificateMatching());
        foreach (var export in exports)
        {
            tally.Add(export.Export);
        }

        return tally;
    }
}
