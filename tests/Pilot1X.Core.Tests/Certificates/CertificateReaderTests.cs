using Pilot1X.Core.Certificates;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Word;
using static Pilot1X.Core.Tests.Certificates.CertificateReports;

namespace Pilot1X.Core.Tests.Certificates;

public sealed class CertificateReaderTests
{
    private static readonly PilotCertificate Bim = PilotCertificate.Named("建筑信息模型（BIM）");
    private static readonly PilotCertificate Web = PilotCertificate.Named("Web前端开发");

    private static Dictionary<string, CertificateEvidence> Read(MaterialKind kind, byte[] docx, params PilotCertificate[] certificates)
    {
        var outline = new OutlineExtractor().Extract(new MemoryStream(docx));
        var check = new OutlineValidator().Validate(kind, outline, "报告.docx");
        var evidence = CertificateReader.Read(kind, outline, [.. check.Sections.Select(s => s.Template)], new CertificateMatcher(certificates));
        return evidence.ToDictionary(e => e.Name);
    }

    [Fact]
    public void Grades_in_a_table_under_section_four_are_tied_to_the_certificate_of_their_row_even_by_abbreviation()
    {
        var docx = Evaluation(
            b => b.Paragraph("我校2020年参与BIM和WEB前端开发两个证书试点。"),
            Nothing,
            b => b.Paragraph("对各培训评价组织的评价结果如下表。").Table(
            [
                ["序号", "证书名称", "培训评价组织", "评价等级", "理由"],
                ["1", "BIM", "廊坊市中科建筑产业化创新研究中心", "合格", "师资培训及时，考核组织规范。"],
                ["2", "WEB前端开发（中级）", "工业和信息化部教育与考试中心", "优秀", "资源丰富，服务到位。"],
            ]));

        var evidence = Read(MaterialKind.Evaluation, docx, Bim, Web);

        Assert.Equal(new CertificateEvidence(Bim.Name, true, "合格"), evidence[Bim.Name]);
        Assert.Equal(new CertificateEvidence(Web.Name, true, "优秀"), evidence[Web.Name]);
    }

    [Fact]
    public void A_prose_grade_in_the_same_sentence_as_the_certificate_grades_it()
    {
        var docx = Evaluation(Nothing, Nothing, b => b
            .Paragraph("综合以上情况，我校对建筑信息模型（BIM）职业技能等级证书试点工作评价为合格；Web前端开发证书试点工作评价为“优秀”。"));

        var evidence = Read(MaterialKind.Evaluation, docx, Bim, Web);

        Assert.Equal("合格", evidence[Bim.Name].Grade);
        Assert.Equal("优秀", evidence[Web.Name].Grade);
    }

    [Fact]
    public void A_passage_that_needs_NFKC_among_plain_ones_keeps_each_grade_with_its_own_certificate()
    {
        // ㈠ (one character) becomes "(一)" and ﹙BIM﹚ "(BIM)" under NFKC: the folded passage is longer than its source, and the
        // passages after it must still be cut at their own boundaries.
        var docx = Evaluation(Nothing, Nothing, b => b
            .Heading("㈠建筑信息模型﹙BIM﹚证书", 2)
            .Paragraph("评价结果：整改。")
            .Heading("（二）Web前端开发证书", 2)
            .Paragraph("评价结果：优秀。"));

        var evidence = Read(MaterialKind.Evaluation, docx, Bim, Web);

        Assert.Equal(new CertificateEvidence(Bim.Name, true, "整改"), evidence[Bim.Name]);
        Assert.Equal(new CertificateEvidence(Web.Name, true, "优秀"), evidence[Web.Name]);
    }

    [Fact]
    public void A_grade_under_a_short_sub_heading_naming_the_certificate_belongs_to_it()
    {
        var docx = Evaluation(Nothing, Nothing, b => b
            .Heading("（一）Web前端开发证书", 2)
            .Paragraph("评价结果：整改。培训评价组织提供的考核设备不足，需尽快补充。"));

        Assert.Equal("整改", Read(MaterialKind.Evaluation, docx, Web)[Web.Name].Grade);
    }

    [Fact]
    public void Words_that_merely_contain_a_grade_are_not_grades()
    {
        var docx = Evaluation(Nothing, Nothing, b => b
            .Paragraph("Web前端开发证书考核合格率为92%，不合格学生已安排补考，存在问题的整改措施已落实，涌现出一批优秀的学生。"));

        var web = Read(MaterialKind.Evaluation, docx, Web)[Web.Name];

        Assert.True(web.Named);
        Assert.Null(web.Grade);
    }

    [Fact]
    public void A_grade_outside_section_four_does_not_count()
    {
        var docx = Evaluation(b => b.Paragraph("上年度Web前端开发证书试点工作评价为合格。"), Nothing, Nothing);

        var web = Read(MaterialKind.Evaluation, docx, Web)[Web.Name];

        Assert.True(web.Named);
        Assert.Null(web.Grade);
    }

    [Fact]
    public void A_ticked_grade_matrix_grades_each_row()
    {
        var docx = Evaluation(Nothing, Nothing, b => b.Table(
        [
            ["证书", "优秀", "合格", "整改", "建议取消试点资格"],
            ["建筑信息模型(BIM)", "", "√", "", ""],
            ["Web前端开发", "☑", "", "", ""],
        ]));

        var evidence = Read(MaterialKind.Evaluation, docx, Bim, Web);

        Assert.Equal("合格", evidence[Bim.Name].Grade);
        Assert.Equal("优秀", evidence[Web.Name].Grade);
    }

    [Fact]
    public void Certificates_sharing_words_are_covered_and_graded_separately()
    {
        var analysis = PilotCertificate.Named("电子商务数据分析");
        var promotion = PilotCertificate.Named("网店运营推广");
        var docx = Evaluation(
            b => b.Paragraph("学校电子商务专业群参与电子商务数据分析证书试点。"),
            Nothing,
            b => b.Paragraph("电子商务数据分析证书试点工作评价为优秀。"));

        var evidence = Read(MaterialKind.Evaluation, docx, analysis, promotion);

        Assert.Equal(new CertificateEvidence(analysis.Name, true, "优秀"), evidence[analysis.Name]);
        Assert.Equal(new CertificateEvidence(promotion.Name, false, null), evidence[promotion.Name]);
    }

    [Fact]
    public void The_summary_self_check_counts_only_certificates_named_in_section_four()
    {
        var docx = Summary("对照要求逐项自查，建筑信息模型（BIM）证书试点达到预期，评为合格档。");

        var evidence = Read(MaterialKind.Summary, docx, Bim, Web);

        Assert.True(evidence[Bim.Name].Named);
        Assert.False(evidence[Web.Name].Named);
    }
}
