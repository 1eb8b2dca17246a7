using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineOversizedFileTests
{
    private const string School = "襄阳职业技术学院";
    private const string Stem = "1+X证书制度试点工作";

    [Fact]
    public void A_file_over_the_entry_limit_is_refused_unread_naming_the_file_and_the_files_beside_it_are_checked()
    {
        var evaluation = WordSamples.EvaluationReport(School);
        var limits = IntakeLimits.Default with { MaxEntryBytes = evaluation.Length + 1024 };
        var oversized = new byte[evaluation.Length + 4096];
        "%PDF-1.4\n"u8.CopyTo(oversized);

        var report = EngineHarness.Check(DefaultRosterForTests, limits,
            ($"{School}/{School}{Stem}总结报告（盖章扫描版）.pdf", oversized),
            ($"{School}/{School}{Stem}评价报告.docx", evaluation));

        var school = report.Institution(School);
        var refusal = Assert.Single(school.Findings, f => f.Code == FindingCode.ArchiveUnsafe);
        Assert.Contains($"“{School}{Stem}总结报告（盖章扫描版）.pdf”", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("超过单个文件上限", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(MaterialState.Missing, school.Materials.Single(m => m.Kind == Core.Materials.MaterialKind.Summary).Scan);
        Assert.Equal(MaterialState.Ok, school.Materials.Single(m => m.Kind == Core.Materials.MaterialKind.Evaluation).Word);
    }

    private static Core.Roster.InstitutionRoster DefaultRosterForTests => Core.Roster.DefaultRoster.Create();
}
