using System.Text;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Questionnaires;

public sealed class QuestionnaireReaderTests
{
    private static readonly DateTime Start = new(2020, 12, 20, 9, 0, 0);

    private static readonly QuestionnaireAnswer[] Answers =
    [
        new("武汉工程大学", "教师", "Web前端开发"),
        new("武汉工程大学 ", "学生", "Web前端开发"),
        new("武汉工程大学", "学生", "Web前端开发"),
        new("  武工大", "老师", "Web前端开发┋大数据应用开发（Python）"),
        new("某某技师学院", "学生", "物流管理"),
    ];

    internal static QuestionnaireExport? Read(byte[] bytes, bool workbook, IntakeLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return QuestionnaireReader.Read(stream, workbook, limits ?? IntakeLimits.Default);
    }

    [Fact]
    public void An_xlsx_export_is_counted_by_school_role_and_certificate_as_typed_trimmed()
    {
        var export = Read(QuestionnaireExportBuilder.Xlsx(QuestionnaireExportBuilder.Rows(Answers, Start)), workbook: true);

        Assert.NotNull(export);
        Assert.Equal(5, export.Answers);
        Assert.Equal(2, Assert.Single(export.Groups, g => g is { School: "武汉工程大学", Role: "学生" }).Count);
        Assert.Single(export.Groups, g => g is { School: "武工大", Role: "老师", Certificates: "Web前端开发┋大数据应用开发（Python）" });
        Assert.Equal(new DateTimeOffset(Start.AddMinutes(15), TimeSpan.FromHours(8)), export.LatestAnswerAt);
    }

    [Theory]
    [InlineData(RosterCsvEncoding.Gb18030)]
    [InlineData(RosterCsvEncoding.Utf8Bom)]
    [InlineData(RosterCsvEncoding.Utf8)]
    public void A_csv_export_in_each_encoding_reads_the_same_chinese_answers_as_the_xlsx(RosterCsvEncoding encoding)
    {
        var rows = QuestionnaireExportBuilder.Rows(Answers, Start);
        var xlsx = Read(QuestionnaireExportBuilder.Xlsx(rows), workbook: true)!;

        var csv = Read(QuestionnaireExportBuilder.Csv(rows, encoding), workbook: false);

        Assert.NotNull(csv);
        Assert.Equal(xlsx.Groups, csv.Groups);
        Assert.Equal(xlsx.Signature, csv.Signature);
    }

    [Fact]
    public void A_gbk_csv_is_not_mistaken_for_utf8()
    {
        var bytes = QuestionnaireExportBuilder.Csv(QuestionnaireExportBuilder.Rows(Answers, Start), RosterCsvEncoding.Gb18030);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        Assert.Contains(Read(bytes, workbook: false)!.Groups, g => g.School == "某某技师学院");
    }

    [Theory]
    [InlineData("单位名称", "您的角色", "证书名称")]
    [InlineData("Q1. 您所在的院校（单选题）", "Q2. 您是（教师/学生）", "Q3. 您参加的1+X证书【多选题】")]
    [InlineData("1．学校名称＊", "2．身份：", "3．参与试点的证书：")]
    public void Columns_are_found_by_meaning_whatever_the_wording(string school, string role, string certificate)
    {
        string[] header = ["序号", "提交答卷时间", school, role, certificate];
        List<string[]> rows = [header, ["1", "2020/12/21 10:00:00", "黄冈职业技术学院", "学生", "Web前端开发"]];

        var export = Read(QuestionnaireExportBuilder.Xlsx(rows), workbook: true);

        Assert.Equal(new AnswerGroup("黄冈职业技术学院", "学生", "Web前端开发", 1), Assert.Single(export!.Groups));
    }

    [Fact]
    public void A_header_that_cannot_be_understood_is_a_clear_error_naming_the_columns_found()
    {
        string[] header = ["序号", "提交答卷时间", "1、您所在学校的全称：", "2、您的年级：", "3、您的专业："];
        List<string[]> rows = [header, ["1", "2020/12/21 10:00:00", "黄冈职业技术学院", "大一", "汽修"]];

        var error = Assert.Throws<QuestionnaireFormatException>(() => Read(QuestionnaireExportBuilder.Csv(rows, RosterCsvEncoding.Utf8Bom), workbook: false));

        Assert.Contains("找不到身份（教师/学生）、证书", error.Message, StringComparison.Ordinal);
        Assert.Contains("“2、您的年级：”", error.Message, StringComparison.Ordinal);
        Assert.Contains("“提交答卷时间”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roster_or_any_other_table_is_not_a_questionnaire()
    {
        Assert.Null(Read(RosterFileBuilder.Xlsx(SampleRoster.Rows), workbook: true));
        Assert.Null(Read(RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Gb18030), workbook: false));
        Assert.Null(Read(Encoding.UTF8.GetBytes("项目,金额\r\n实训设备,12000\r\n"), workbook: false));
    }

    [Fact]
    public void An_export_past_the_row_budget_is_refused_while_it_streams()
    {
        var limits = IntakeLimits.Default with { Questionnaire = QuestionnaireLimits.Default with { MaxRows = 100 } };
        var rows = QuestionnaireExportBuilder.Rows(QuestionnaireExportBuilder.Province(150), Start);

        var error = Assert.Throws<QuestionnaireFormatException>(() => Read(QuestionnaireExportBuilder.Csv(rows, RosterCsvEncoding.Utf8), false, limits));

        Assert.Contains("第102行", error.Message, StringComparison.Ordinal);
        Assert.Contains("100 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_endless_quoted_cell_stops_at_the_character_budget()
    {
        var limits = IntakeLimits.Default with { Questionnaire = QuestionnaireLimits.Default with { MaxChars = 10_000 } };
        var csv = "序号,1、您所在学校的全称：,2、您的身份：,3、您参与的1+X证书：\r\n1,\"" + new string('武', 50_000);

        var error = Assert.Throws<QuestionnaireFormatException>(() => Read(Encoding.UTF8.GetBytes(csv), false, limits));

        Assert.Contains("10,000 个字符", error.Message, StringComparison.Ordinal);
    }
}
