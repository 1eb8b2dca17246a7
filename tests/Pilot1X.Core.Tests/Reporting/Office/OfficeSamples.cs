using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Tests.Reporting.Office;

/// <summary>A check of three institutions (complete, incomplete with hostile text, nothing received) and one unattributed file.</summary>
internal static class OfficeSamples
{
    // A file name never holds "/" (intake makes it "_"), so the formula is one without: the workbook names files by their own name.
    public const string HostileFile = "=HYPERLINK(\"mailto:x@evil.example\",\"点我\").docx";
    public const string HostileMessage = "+cmd|' /C calc'!A0";
    public const string HostileUnassigned = "@SUM(1+1)*cmd.pdf";
    public const string HostileCase = "=1+2 智慧物流实训基地建设.docx";
    public const string HostilePerson = "-王老师";

    public static readonly DateTimeOffset AsOf = new(2020, 12, 26, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));

    public static Institution Complete { get; } = new("武汉职业技术学院", [], false, ["a@whvc.edu.cn"], [], SchoolLevel.Higher);

    public static Institution Incomplete { get; } = new("湖北工业大学<b>", [], true, ["b@hbut.edu.cn"], [], SchoolLevel.Undergraduate);

    public static Institution Silent { get; } = new("武汉市第一职业教育中心", [], false, ["c@wh1.cn"], [], SchoolLevel.Secondary)
    {
        ContactPerson = HostilePerson,
        Phone = "027-8888 0001",
    };

    public static CheckReport Report()
    {
        var received = new DateTimeOffset(2020, 12, 25, 2, 30, 0, TimeSpan.Zero);
        var word = new DocumentReport("a/武汉职业技术学院-工作总结报告.docx", MaterialKind.Summary, FileFormat.Docx)
        {
            Sections = [.. Enumerable.Range(1, 6).Select(n => new SectionReport($"{n}", $"第{n}部分", n, 300))],
            Evidence = new MaterialEvidence(MaterialKind.Summary, true, false, "a/武汉职业技术学院-工作总结报告.docx", received, string.Empty),
        };
        var scan = new DocumentReport("a/武汉职业技术学院-工作总结报告（盖章扫描版）.pdf", MaterialKind.Summary, FileFormat.Pdf)
        {
            Pages = 3,
            Seal = SealStatus.Found,
            Evidence = new MaterialEvidence(MaterialKind.Summary, false, false, "a/x.pdf", received.AddHours(-5), string.Empty),
        };
        var story = new DocumentReport(HostileCase, MaterialKind.Case, FileFormat.Docx)
        {
            Chars = 3120,
            Images = 4,
            CaptionedImages = 3,
            Evidence = new MaterialEvidence(MaterialKind.Case, true, false, HostileCase, received, "case"),
        };
        var complete = new InstitutionReport(Complete, true,
            [
                new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Ok, [word.File, scan.File]),
                new MaterialReport(MaterialKind.Case, false, MaterialState.Ok, MaterialState.Missing, [story.File]),
            ],
            [word, scan, story], []);

        var bad = new DocumentReport(HostileFile, MaterialKind.Summary, FileFormat.Docx)
        {
            Sections = [new SectionReport("一", "概况", 1, 100), new SectionReport("二", "做法", 2, 100), new SectionReport("附", "附录", null, 5)],
            Evidence = new MaterialEvidence(MaterialKind.Summary, true, true, HostileFile, received, string.Empty),
        };
        var incomplete = new InstitutionReport(Incomplete, false,
            [
                new MaterialReport(MaterialKind.Summary, true, MaterialState.Invalid, MaterialState.Missing, [HostileFile]),
                new MaterialReport(MaterialKind.Evaluation, true, MaterialState.Missing, MaterialState.Missing, []),
            ],
            [bad],
            [
                Finding.Of(FindingCode.SectionMissing, HostileFile, HostileMessage, "-请补写"),
                Finding.Of(FindingCode.MaterialMissing, null, "缺少工作总结报告的盖章扫描版。", "请提交"),
                Finding.Of(FindingCode.MaterialMissing, null, "\t缺少评价报告", "\r请提交"),
            ]);
        var silent = new InstitutionReport(Silent, false,
            [new MaterialReport(MaterialKind.Summary, true, MaterialState.Missing, MaterialState.Missing, [])], [],
            [Finding.Of(FindingCode.MaterialMissing, null, "缺少工作总结报告的 Word 电子版（.docx）。", "请提交")]);
        return new CheckReport(AsOf, Deadline, [complete, incomplete, silent],
            [new UnassignedFile(HostileUnassigned, [Finding.Of(FindingCode.UnknownInstitution, HostileUnassigned, "无法确定单位")])], []);
    }
}
