namespace Pilot1X.Samples;

public static partial class WordSamples
{
    private static readonly string[] GradeHeader = ["序号", "证书名称", "培训评价组织", "评价等级", "主要理由"];

    /// <summary>
    /// An evaluation report (附件4) that speaks of each certificate under 一 and 二 "分培训评价组织和证书", and grades them
    /// under 四 in a table (as most schools do) or in sentences; certificates without a grade are named but not graded.
    /// </summary>
    public static byte[] EvaluationReport(string institution, IReadOnlyList<SampleCertificate> certificates, int? omitSection = null,
        HeadingRepresentation headings = HeadingRepresentation.HeadingStyle, bool gradesInTable = true)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        var builder = new WordSampleBuilder(headings).CentredBoldTitle(institution + "对培训评价组织1+X证书制度试点工作评价报告").Paragraph(DateLine());
        for (var section = 1; section <= EvaluationSections.Count; section++)
        {
            if (omitSection == section)
            {
                continue;
            }

            builder.Heading(EvaluationSections[section - 1]).Prose(120, section * 3);
            switch (section)
            {
                case 1:
                    Each(builder, certificates, (c, i) => $"{c.Name}职业技能等级证书（培训评价组织：{c.Organisation}）：本年度批准培训{40 + (i * 15)}人，已完成培训{32 + (i * 12)}人，通过考核{27 + (i * 10)}人。");
                    break;
                case 2:
                    Each(builder, certificates, (c, _) => $"{c.Organisation}为{c.Name}证书试点提供了标准解读、师资培训和考核站点建设指导，并配套了教材与题库。");
                    break;
                case 4:
                    Grades(builder, certificates, gradesInTable);
                    break;
            }
        }

        return builder.ToArray();
    }

    /// <summary>A summary report (附件1) whose section 四 (自查自查结果) speaks of each certificate, as the notice asks ("分证书说明").</summary>
    public static byte[] SummaryReport(string institution, IReadOnlyList<SampleCertificate> certificates,
        HeadingRepresentation headings = HeadingRepresentation.HeadingStyleNumbered)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        var builder = new WordSampleBuilder(headings).CentredBoldTitle(institution + "1+X证书制度试点工作总结报告").Paragraph(DateLine());
        for (var section = 1; section <= SummarySections.Count; section++)
        {
            builder.Heading(SummarySections[section - 1]).Prose(240, section * 3);
            if (section == 4)
            {
                Each(builder, certificates, (c, i) => $"{c.Name}证书：对照试点工作要求逐项自查，培训、考核、证书发放均按计划完成，考核通过率{82 + i}%，自查结果为合格档。");
            }
        }

        return builder.ToArray();
    }

    private static void Each(WordSampleBuilder builder, IReadOnlyList<SampleCertificate> certificates, Func<SampleCertificate, int, string> sentence)
    {
        for (var i = 0; i < certificates.Count; i++)
        {
            builder.Paragraph(sentence(certificates[i], i));
        }
    }

    private static void Grades(WordSampleBuilder builder, IReadOnlyList<SampleCertificate> certificates, bool inTable)
    {
        var graded = certificates.Where(c => c.Grade is not null).ToList();
        if (graded.Count == 0)
        {
            return;
        }

        builder.Paragraph("根据培训评价组织支持试点工作的情况，我校对各证书培训评价组织的评价结果如下：");
        if (inTable)
        {
            builder.Table([GradeHeader, .. graded.Select((c, i) => new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name, c.Organisation, c.Grade!, c.Reason })]);
            return;
        }

        foreach (var c in graded)
        {
            builder.Paragraph($"{c.Organisation}（{c.Name}）：{c.Reason}，评价为“{c.Grade}”。");
        }
    }
}
