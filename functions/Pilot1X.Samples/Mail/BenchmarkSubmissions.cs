namespace Pilot1X.Samples;

/// <summary>Realistic full-size submissions for measuring the intake path.</summary>
public static class BenchmarkSubmissions
{
    private const string Stem = "1+X证书制度试点工作";

    /// <summary>
    /// One ~6 MB submission email as a school sends it: 3 .docx (a 20-page summary, an evaluation report, a case)
    /// and 2 stamped scan PDFs of 3 A4 pages each (300 dpi colour JPEG quality 95, seal on the last page).
    /// </summary>
    public static byte[] FullSubmissionEmail(string school = "湖北交通职业技术学院")
    {
        static ScanPageOptions Page(int seed, bool seal) => new() { Seed = seed, Seal = seal, Dpi = 300, JpegQuality = 95 };
        MailSampleAttachment[] attachments =
        [
            new($"{school}{Stem}总结报告.docx", WordSamples.TwentyPageReport(school)),
            new($"{school}对培训评价组织{Stem}评价报告.docx", WordSamples.EvaluationReport(school, charsPerSection: 1500)),
            new($"{school}{Stem}典型案例.docx", WordSamples.TypicalCase(school, 3000, 2)),
            new($"{school}{Stem}总结报告（盖章扫描版）.pdf", ScanSampleBuilder.Pdf([Page(1, false), Page(2, false), Page(3, true)]), "application/pdf"),
            new($"{school}对培训评价组织{Stem}评价报告（盖章扫描版）.pdf", ScanSampleBuilder.Pdf([Page(4, false), Page(5, false), Page(6, true)]), "application/pdf"),
        ];
        return MailSampleBuilder.Submission($"{school}{Stem}材料", "教务处", "jwc@school.example.cn", attachments,
            AttachmentNameEncoding.Rfc2047, "gbk", $"<bench-{Guid.NewGuid():N}@school.example.cn>");
    }
}
