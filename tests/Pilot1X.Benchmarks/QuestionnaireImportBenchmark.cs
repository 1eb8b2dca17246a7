using BenchmarkDotNet.Attributes;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Benchmarks;

/// <summary>
/// Import of a 20,000-row 问卷星 export — read as it streams, then counted against the roster per school, certificate
/// and role — as .xlsx and as GB18030 CSV (Chinese Excel's default); target ≤ 1 s each.
/// </summary>
[MemoryDiagnoser]
public class QuestionnaireImportBenchmark
{
    private const int Answers = 20_000;

    private byte[] xlsx = [];
    private byte[] csv = [];
    private InstitutionRoster roster = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rows = QuestionnaireExportBuilder.Rows(QuestionnaireExportBuilder.Province(Answers), new DateTime(2020, 12, 1, 8, 0, 0));
        xlsx = QuestionnaireExportBuilder.Xlsx(rows);
        csv = QuestionnaireExportBuilder.Csv(rows, RosterCsvEncoding.Gb18030);
        using var stream = new MemoryStream(RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Utf8));
        roster = RosterLoader.LoadCsv(stream);
    }

    [Benchmark]
    public int ImportXlsx() => Import(xlsx, workbook: true);

    [Benchmark]
    public int ImportGb18030Csv() => Import(csv, workbook: false);

    private int Import(byte[] bytes, bool workbook)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var export = QuestionnaireReader.Read(stream, workbook, IntakeLimits.Default)!;
        var tally = new QuestionnaireTally(new RosterMatcher(roster), QuestionnaireCounting.CertificateMatching());
        tally.Add(export);
        return export.Answers + tally.Unmatched;
    }
}
