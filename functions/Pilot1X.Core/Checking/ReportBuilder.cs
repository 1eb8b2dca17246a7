using System.Globalization;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Checking;

/// <summary>Turns the checked items into the contract's report: one entry per roster institution, in roster order.</summary>
internal static class ReportBuilder
{
    public static CheckReport Build(InstitutionRoster roster, CheckOptions options, IReadOnlyList<ReceivedItem> items, IReadOnlyList<IgnoredInput> ignored,
        RosterMatcher matcher)
    {
        var questionnaires = QuestionnaireCounting.Count(items, matcher);
        var byInstitution = items.Where(i => i.Institution is not null).ToLookup(i => i.Institution!.Name, StringComparer.Ordinal);
        var institutions = roster.Institutions
            .Select(institution => BuildInstitution(institution, byInstitution[institution.Name].ToList(), options, questionnaires.For(institution)))
            .ToList();
        // A counted export is nobody's file and needs nothing more said of it; one with a finding is listed with it.
        var unassigned = items.Where(i => i.Institution is null && !(i.IsQuestionnaireExport && i.Findings.Count == 0))
            .GroupBy(i => i.DisplayPath, StringComparer.Ordinal)
            .Select(g => new UnassignedFile(g.Key, [.. g.SelectMany(i => i.Findings)]) { Held = g.Select(i => i.Held).FirstOrDefault(h => h is not null) })
            .ToList();
        var exportsSeen = questionnaires.Summary.Files.Count > 0 || items.Any(i => i.IsQuestionnaireExport);
        return new CheckReport(options.AsOf, options.Deadline, institutions, unassigned, ignored)
        {
            Questionnaires = exportsSeen || roster.Institutions.Any(i => i.PilotCertificates.Count > 0) ? questionnaires.Summary : null,
        };
    }

    private static InstitutionReport BuildInstitution(Institution institution, List<ReceivedItem> items, CheckOptions options,
        (InstitutionAnswers? Answers, IEnumerable<Finding> Findings) questionnaire)
    {
        var current = items.Where(i => i is { IsMaterial: true, IsDuplicate: false, IsSuperseded: false } && i.Kind != MaterialKind.Unknown);
        var (complete, materials, missing) = CompletenessEvaluator.Evaluate(institution, current.Select(ToEvidence));
        var findings = items.SelectMany(i => i.Findings).Concat(Lateness(items, options)).Concat(missing).Concat(questionnaire.Findings)
            .OrderByDescending(f => f.Severity).ThenBy(f => f.File, StringComparer.Ordinal)
            .ToList();
        var documents = items.Where(i => i.IsMaterial).Select(ToDocument).ToList();
        return new InstitutionReport(institution, complete, materials, documents, findings)
        {
            Certificates = WithAnswers(CertificateEvaluator.Evaluate(institution, Read(items, MaterialKind.Evaluation), Read(items, MaterialKind.Summary)), questionnaire.Answers),
            Questionnaires = questionnaire.Answers,
        };
    }

    // The certificate objects carry the questionnaire counts too: one place (the tally) counts, the contract shows both.
    private static IReadOnlyList<CertificateReport> WithAnswers(IReadOnlyList<CertificateReport> certificates, InstitutionAnswers? answers) =>
        answers is null ? certificates : answers.CountedOn(certificates);

    private static IReadOnlyList<IReadOnlyList<CertificateEvidence>> Read(List<ReceivedItem> items, MaterialKind kind) =>
        [.. items.Where(i => i is { IsDuplicate: false, IsSuperseded: false } && i.Kind == kind && i.Certificates is not null).Select(i => i.Certificates!)];

    // One finding per late submission — a mail, an archive, a file sent on its own — naming it as the sender knows it:
    // a mail by its subject, an archive or a file by its name. Loose files (an upload batch, a folder) are one finding together.
    private static IEnumerable<Finding> Lateness(List<ReceivedItem> items, CheckOptions options) =>
        items.Where(i => !i.IsDuplicate && i.Origin.ReceivedAt > options.Deadline)
            .GroupBy(i => i.Origin.Depth > 0 ? i.Origin.TopLevelPath : string.Empty, StringComparer.Ordinal)
            .Select(g => Finding.Of(FindingCode.LateSubmission, g.Key.Length > 0 ? g.Key : null,
                $"{Submission(g.Key, g.ToList())}于{Cst(g.Max(i => i.Origin.ReceivedAt))}收到，晚于截止时间{Cst(options.Deadline)}。",
                "请尽快补交；逾期材料已登记，是否受理以省教育厅职成教处意见为准。"));

    private static string Submission(string container, List<ReceivedItem> items)
    {
        if (container.Length == 0)
        {
            var names = items.Select(i => $"“{i.FileName}”").Distinct(StringComparer.Ordinal).ToList();
            return $"{string.Join("、", names.Take(5))}{(names.Count > 5 ? "等" : string.Empty)}{names.Count}个文件";
        }

        // The outermost mail the files came in (a mail's attachments and what its archives hold share it).
        var mail = items.OrderBy(i => i.Origin.Depth).Select(i => i.Origin.Email).FirstOrDefault(e => e is not null);
        return mail is not null ? DisplayName.Mail(mail.Subject) : $"压缩包“{DisplayName.Leaf(container)}”";
    }

    /// <summary>A time as people in China read it: China Standard Time, to the minute.</summary>
    public static string Cst(DateTimeOffset time) =>
        time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（北京时间）";

    public static MaterialEvidence ToEvidence(ReceivedItem item) =>
        new(item.Kind, item.IsWord, item.HasError, item.DisplayPath, item.Origin.ReceivedAt, VersionLedger.VersionKey(item), item.Channel.Submitter,
            Unchecked: item.Format.Format is Formats.FileFormat.Doc or Formats.FileFormat.Wps);

    private static DocumentReport ToDocument(ReceivedItem item)
    {
        var status = item.IsDuplicate ? "duplicate" : item.IsSuperseded ? "superseded" : null;
        var document = new DocumentReport(item.DisplayPath, item.Kind, item.Format.Format)
        {
            Status = status,
            Evidence = item.IsMaterial && item.Kind != MaterialKind.Unknown && status is null ? ToEvidence(item) : null,
            ContentHash = item.ContentHash,
            Certificates = item.Certificates,
        };
        if (item.Outline is { } outline)
        {
            var sections = item.OutlineCheck?.Sections.Select(s => new SectionReport(s.Heading, s.Title, s.Template, s.Chars))
                ?? outline.Sections.Select(s => new SectionReport(s.Heading, s.Title, null, s.Chars));
            return document with
            {
                Sections = [.. sections],
                Chars = outline.Chars,
                Images = outline.Images,
                CaptionedImages = outline.CaptionedImages,
            };
        }

        return item.Scan is { } scan
            ? document with { Pages = scan.Pages, Seal = scan.Seal, PageFiles = item.ScanPageFiles is { Count: > 1 } pages ? pages : null }
            : document;
    }
}
