using System.Text.Json;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Tests.Reporting;

public sealed class CheckReportJsonTests
{
    private static JsonElement Render(CheckReport report)
    {
        using var stream = new MemoryStream();
        CheckReportJson.Write(stream, report);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static CheckReport Sample()
    {
        var institution = new Institution("武汉工程大学", [], true, [], [], SchoolLevel.Undergraduate);
        var word = new DocumentReport("a/总结报告.docx", MaterialKind.Summary, FileFormat.Docx)
        {
            Sections = [new SectionReport("一、1+X证书制度试点工作概况", "1+X证书制度试点工作概况", 1, 412), new SectionReport("附录", "附录", null, 10)],
            Chars = 2480,
            Images = 0,
            CaptionedImages = 0,
        };
        var scan = new DocumentReport("a/总结报告（盖章扫描版）.pdf", MaterialKind.Summary, FileFormat.Pdf) { Pages = 3, Seal = SealStatus.NotFound };
        var findings = new[] { Finding.Of(FindingCode.MaterialMissing, null, "缺少评价报告", "请提交"), Finding.Of(FindingCode.SealNotFound, scan.File, "未检测到公章") };
        var materials = new[] { new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Ok, [word.File, scan.File]) };
        return new CheckReport(
            new DateTimeOffset(2020, 12, 26, 9, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8)),
            [new InstitutionReport(institution, false, materials, [word, scan], findings)],
            [new UnassignedFile("x.docx", [Finding.Of(FindingCode.UnknownInstitution, "x.docx", "无法识别")])],
            [new IgnoredInput("inbox/08.eml", "AUTO_REPLY")]);
    }

    [Fact]
    public void The_document_follows_the_contract_schema_and_times_are_in_china_standard_time()
    {
        var root = Render(Sample());

        Assert.Equal("pilot1x.check/1", root.GetProperty("schema").GetString());
        Assert.Equal("2020-12-26T09:00:00+08:00", root.GetProperty("asOf").GetString());
        Assert.Equal("2020-12-28T23:59:59+08:00", root.GetProperty("deadline").GetString());
        var institution = root.GetProperty("institutions")[0];
        Assert.Equal("武汉工程大学", institution.GetProperty("name").GetString());
        Assert.True(institution.GetProperty("sampled").GetBoolean());
        Assert.False(institution.GetProperty("complete").GetBoolean());
        var material = institution.GetProperty("materials")[0];
        Assert.Equal("summary", material.GetProperty("kind").GetString());
        Assert.Equal("ok", material.GetProperty("word").GetString());
        Assert.Equal(2, material.GetProperty("files").GetArrayLength());
    }

    [Fact]
    public void Word_documents_carry_sections_and_scans_carry_pages_and_seal_only()
    {
        var documents = Render(Sample()).GetProperty("institutions")[0].GetProperty("documents");
        var word = documents[0];
        var scan = documents[1];

        Assert.Equal("docx", word.GetProperty("format").GetString());
        Assert.Equal(1, word.GetProperty("sections")[0].GetProperty("template").GetInt32());
        Assert.Equal(JsonValueKind.Null, word.GetProperty("sections")[1].GetProperty("template").ValueKind);
        Assert.Equal(2480, word.GetProperty("chars").GetInt32());
        Assert.False(word.TryGetProperty("seal", out _));
        Assert.Equal("pdf", scan.GetProperty("format").GetString());
        Assert.Equal(3, scan.GetProperty("pages").GetInt32());
        Assert.Equal("not_found", scan.GetProperty("seal").GetString());
        Assert.False(scan.TryGetProperty("sections", out _));
    }

    [Fact]
    public void Findings_use_contract_codes_and_lower_case_severities()
    {
        var root = Render(Sample());
        var findings = root.GetProperty("institutions")[0].GetProperty("findings");

        Assert.Equal("MATERIAL_MISSING", findings[0].GetProperty("code").GetString());
        Assert.Equal("error", findings[0].GetProperty("severity").GetString());
        Assert.Equal("warning", findings[1].GetProperty("severity").GetString());
        Assert.Equal("UNKNOWN_INSTITUTION", root.GetProperty("unassigned")[0].GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.Equal("AUTO_REPLY", root.GetProperty("ignored")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void Chinese_text_is_written_as_utf8_not_escaped()
    {
        using var stream = new MemoryStream();
        CheckReportJson.Write(stream, Sample());

        Assert.Contains("武汉工程大学", System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
