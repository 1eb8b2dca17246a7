using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Tests.Reporting.Office;

public sealed class FollowUpGapTests
{
    private const string Word = "总结/十堰-评价报告.docx";
    private const string Scan = "总结/十堰-总结报告（盖章）.pdf";

    private static OfficeRow Row(OfficeStatus status, IReadOnlyList<MaterialReport> materials, params Finding[] findings) =>
        new(OfficeSamples.Incomplete, status, materials, null, null, null, null, findings);

    [Fact]
    public void A_missing_scan_and_a_missing_section_make_one_line_naming_the_section()
    {
        var row = Row(OfficeStatus.Incomplete,
            [
                new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Missing, ["总结/十堰-总结报告.docx"]),
                new MaterialReport(MaterialKind.Evaluation, true, MaterialState.Invalid, MaterialState.Ok, [Word, "总结/十堰-评价报告.pdf"]),
            ],
            Finding.Of(FindingCode.NameNonconforming, Word, "文件名不规范"),
            Finding.Of(FindingCode.SectionMissing, Word, "缺少第四部分“对培训评价组织试点工作评价结果”", "请补写"));

        Assert.Equal("工作总结报告缺盖章扫描件；评价报告Word版缺少第四部分“对培训评价组织试点工作评价结果”", FollowUpGap.Of(row));
    }

    [Fact]
    public void An_unreadable_scan_is_named_by_its_chinese_problem_name()
    {
        var row = Row(OfficeStatus.Incomplete,
            [new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Invalid, ["a.docx", Scan])],
            Finding.Of(FindingCode.DocumentUnreadable, Scan, "PDF 已损坏"));

        Assert.Equal("工作总结报告扫描件：文件无法打开", FollowUpGap.Of(row));
    }

    [Fact]
    public void A_legacy_word_file_counts_and_an_optional_case_blocks_only_without_its_word_version()
    {
        var row = Row(OfficeStatus.Incomplete,
            [
                new MaterialReport(MaterialKind.Summary, true, MaterialState.Unchecked, MaterialState.Ok, ["a.doc", "a.pdf"]),
                new MaterialReport(MaterialKind.Case, false, MaterialState.Missing, MaterialState.Ok, ["案例.pdf"]),
            ]);

        Assert.Equal("典型案例缺Word版", FollowUpGap.Of(row));
    }

    [Fact]
    public void An_institution_that_sent_nothing_lacks_every_version_it_owes()
    {
        var materials = CompletenessEvaluator.Evaluate(OfficeSamples.Incomplete, []).Materials;

        Assert.Equal("工作总结报告缺Word版和盖章扫描件；评价报告缺Word版和盖章扫描件", FollowUpGap.Of(Row(OfficeStatus.NothingReceived, materials)));
    }

    [Fact]
    public void Follow_up_lists_nothing_received_first_then_incomplete_and_never_a_complete_institution()
    {
        var summary = OfficeSummary.FromCheck(OfficeSamples.Report());

        var items = FollowUpItem.ListOf(summary);

        Assert.Equal([OfficeSamples.Silent.Name, OfficeSamples.Incomplete.Name], items.Select(i => i.Row.Institution.Name));
        Assert.Equal([OfficeStatus.NothingReceived, OfficeStatus.Incomplete], items.Select(i => i.Row.Status));
    }
}
