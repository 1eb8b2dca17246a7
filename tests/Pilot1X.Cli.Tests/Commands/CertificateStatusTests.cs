using System.Text.Json;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// With a roster that lists pilot certificates, <c>pilot1x status --json</c> after <c>pilot1x run</c> carries the same
/// <c>certificates</c> as <c>pilot1x check --json</c> of the same files (stored per document, rebuilt from the current versions),
/// against a real Azurite on free ports.
/// </summary>
public sealed class CertificateStatusTests : IAsyncLifetime
{
    private const string AsOf = "2020-12-26T09:00:00+08:00";
    private const string School = "湖北工程职业学院";
    private const string Stem = "1+X证书制度试点工作";
    private readonly AzuriteWorkspace _work = new("certificates");

    public Task InitializeAsync() => _work.InitializeAsync();

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task Status_json_carries_the_certificates_check_json_reports_with_the_uncovered_certificate_error()
    {
        var folder = Directory.CreateDirectory(_work.Path("收件箱", School)).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{School}对培训评价组织{Stem}评价报告.docx"), EvaluationReport());
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{School}{Stem}总结报告.docx"), SummaryReport());
        var roster = await _work.WriteRosterAsync(
            [["单位名称", "是否抽查", "试点证书"], [School, "是", "建筑信息模型（BIM）、Web前端开发;物流管理"]], RosterCsvEncoding.Gb18030);

        var check = await CliRunner.RunAsync("check", folder, "--roster", roster, "--as-of", AsOf, "--json");
        var run = await CliRunner.RunAsync("run", folder, "--storage", _work.ConnectionString, "--roster", roster, "--as-of", AsOf);
        var status = await CliRunner.RunAsync("status", "--json", "--storage", _work.ConnectionString);

        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(status.ExitCode == 0, status.Stderr);
        var expected = Certificates(check.Stdout);
        Assert.Equal(
            ["建筑信息模型（BIM）|graded|合格|covered|0|0|False", "Web前端开发|covered||not_covered|0|0|False", "物流管理|not_covered||not_covered|0|0|False"],
            expected);
        Assert.Equal(expected, Certificates(status.Stdout));
        Assert.Contains("CERTIFICATE_NOT_COVERED", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("CERTIFICATE_GRADE_MISSING", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("SELF_CHECK_CERTIFICATE_MISSING", status.Stdout, StringComparison.Ordinal);
    }

    private static byte[] EvaluationReport()
    {
        var builder = new WordSampleBuilder().CentredBoldTitle(School + "对培训评价组织1+X证书制度试点工作评价报告");
        builder.Heading(WordSamples.EvaluationSections[0]).Paragraph("我校参与BIM、WEB前端开发等证书试点，培训评价组织按时完成师资培训。");
        builder.Heading(WordSamples.EvaluationSections[1]).Paragraph("培训评价组织提供教学资源和考核平台，支持考核站点建设。");
        builder.Heading(WordSamples.EvaluationSections[2]).Paragraph("考核站点设备不足，考核安排较为集中。");
        builder.Heading(WordSamples.EvaluationSections[3]).Table(
        [
            ["证书名称", "评价等级", "理由"],
            ["建筑信息模型（BIM）", "合格", "组织规范"],
            ["Web前端开发", "", "待考核结束后评价"],
        ]);
        return builder.ToArray();
    }

    private static byte[] SummaryReport()
    {
        var builder = new WordSampleBuilder().CentredBoldTitle(School + "1+X证书制度试点工作总结报告");
        foreach (var section in WordSamples.SummarySections)
        {
            builder.Heading(section).Paragraph(section == WordSamples.SummarySections[3]
                ? "经自查，建筑信息模型（BIM）证书试点达到预期目标。"
                : "学校成立试点工作领导小组，统筹推进各项工作。");
        }

        return builder.ToArray();
    }

    private static List<string> Certificates(string json)
    {
        using var document = JsonDocument.Parse(json);
        var school = document.RootElement.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("name").GetString() == School);
        return [.. school.GetProperty("certificates").EnumerateArray().Select(c =>
            $"{c.GetProperty("name").GetString()}|{c.GetProperty("evaluation").GetString()}|{c.GetProperty("grade").GetString()}|" +
            $"{c.GetProperty("selfCheck").GetString()}|{c.GetProperty("teachers")}|{c.GetProperty("students")}|{c.GetProperty("quotaMet").GetBoolean()}")];
    }
}
