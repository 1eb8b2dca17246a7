namespace Pilot1X.Samples;

/// <summary>
/// The sample submissions bundled with the tool, made in code: one complete institution and the typical faults
/// the office meets (a Windows zip mailed with GBK names, a legacy .doc, a grayscale scan, a short case without
/// captions, an auto-reply, a hostile archive, a file nobody can be found for, loose scan pages, the office's
/// questionnaire export).
/// </summary>
public static class BundledSamples
{
    private const string Stem = "1+X证书制度试点工作";

    /// <summary>Writes the bundled samples into <paramref name="directory"/> and returns the files written.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, content) in Files())
        {
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            written.Add(path);
        }

        return written;
    }

    /// <summary>The samples as relative paths ('/'-separated) and contents.</summary>
    public static IEnumerable<(string Name, byte[] Content)> Files()
    {
        // A complete sampled institution, uploaded as a folder named after it.
        const string complete = "湖北交通职业技术学院";
        // Its four certificates (SampleRoster) are spoken of in both reports and graded in a table under 四, one of them 整改.
        SampleCertificate[] graded =
        [
            SampleCertificates.Bim("优秀"), SampleCertificates.Logistics("合格"), SampleCertificates.EcommerceData("合格"), SampleCertificates.OnlineShop("整改"),
        ];
        yield return ($"{complete}/{complete}{Stem}总结报告.docx", WordSamples.SummaryReport(complete, graded));
        yield return ($"{complete}/{complete}{Stem}总结报告（盖章扫描版）.pdf", SealedScan(3));
        yield return ($"{complete}/{complete}对培训评价组织{Stem}评价报告.docx", WordSamples.EvaluationReport(complete, graded));
        yield return ($"{complete}/{complete}对培训评价组织{Stem}评价报告（盖章扫描版）.pdf", SealedScan(2));
        yield return ($"{complete}/{complete}{Stem}典型案例.docx", WordSamples.TypicalCase(complete, 3000, 2));

        // A Windows zip (GBK names) mailed from NetEase: no seal on the scan, section 四 missing (so no grades), no
        // evaluation scan, and the evaluation report forgets one of its three certificates (智能财税).
        const string railway = "武汉铁路职业技术学院";
        SampleCertificate[] railwayCertificates = [SampleCertificates.RailElectrical(), SampleCertificates.IndustrialRobot(), SampleCertificates.SmartTax()];
        var zip = ArchiveSampleBuilder.ZipWithGbkNames(
        [
            new($"{railway}{Stem}/{railway}{Stem}总结报告.docx", WordSamples.SummaryReport(railway, railwayCertificates, HeadingRepresentation.TypedBold)),
            new($"{railway}{Stem}/{railway}{Stem}总结报告（扫描件）.pdf", ScanSampleBuilder.Pdf([Page(1), Page(2)])),
            new($"{railway}{Stem}/{railway}对培训评价组织{Stem}评价报告.docx", WordSamples.EvaluationReport(railway, railwayCertificates[..2], omitSection: 4)),
        ]);
        yield return ("inbox/01-武汉铁路职业技术学院.eml", MailSampleBuilder.Submission(
            $"{railway}1+X证书制度试点工作材料报送", railway + "教务处", "jwc@wru.example.cn",
            [new MailSampleAttachment($"{railway}{Stem}.zip", zip, "application/zip")], messageId: "<sample-01@wru.example.cn>"));

        // Outlook on Chinese Windows: raw GBK attachment names, a legacy .doc and a grayscale scan.
        const string huanggang = "黄冈职业技术学院";
        yield return ("inbox/02-黄冈职业技术学院.eml", MailSampleBuilder.Submission(
            $"{huanggang}1+X证书制度试点工作总结", "黄冈职院", "office@hgpu.example.cn",
            [
                new MailSampleAttachment($"{huanggang}{Stem}总结报告.doc", LegacyWordFile(), "application/msword"),
                new MailSampleAttachment($"{huanggang}{Stem}总结报告（盖章扫描版）.pdf",
                    ScanSampleBuilder.Pdf([Page(1, ScanRendering.Grayscale), Page(2, ScanRendering.Grayscale, seal: true)]), "application/pdf"),
            ],
            AttachmentNameEncoding.Raw8Bit, charset: "gbk", messageId: "<sample-02@hgpu.example.cn>"));

        // The same mail delivered twice, and an auto-reply: neither counts again.
        yield return ("inbox/03-自动回复.eml", MailSampleBuilder.AutoReply("关于报送1+X证书制度试点工作材料的通知", "someone@example.cn"));

        // A short case without captions, named without the notice's stem.
        yield return ("武汉船舶职业技术学院典型案例.docx", WordSamples.TypicalCase("武汉船舶职业技术学院", 1200, 0, uncaptionedPictures: 1));

        // Loose scan pages of one scan (seal on the last page).
        const string wuhan = "武汉职业技术学院";
        yield return ($"{wuhan}{Stem}总结报告（盖章扫描版）-1.jpg", ScanSampleBuilder.PageJpeg(Page(1)));
        yield return ($"{wuhan}{Stem}总结报告（盖章扫描版）-2.jpg", ScanSampleBuilder.PageJpeg(Page(2, seal: true)));

        // A hostile archive: entries that try to climb out of any folder they are unpacked into.
        yield return ($"襄阳职业技术学院{Stem}.zip", ArchiveSampleBuilder.ZipSlip());

        // The office's questionnaire export (问卷星, .xlsx): one certificate short of its quota, and a school on no roster.
        yield return ("问卷星导出-1+X证书制度试点工作问卷.xlsx", QuestionnaireExportBuilder.Xlsx(
            QuestionnaireExportBuilder.Rows(QuestionnaireAnswers(), new DateTime(2020, 12, 20, 9, 0, 0, DateTimeKind.Unspecified))));

        // Nobody's file: no institution in its name or around it.
        yield return ("工作总结.docx", WordSamples.SummaryReport("某学院", HeadingRepresentation.OutlineLevelOnly));
    }

    // As respondents type them: trailing spaces, 老师 for 教师, half-width brackets; 网店运营推广 has 3 teachers and 8 students.
    private static IEnumerable<QuestionnaireAnswer> QuestionnaireAnswers()
    {
        (string School, string Certificate, int Teachers, int Students)[] groups =
        [
            ("湖北交通职业技术学院", "建筑信息模型(BIM)", 6, 12), ("湖北交通职业技术学院 ", "物流管理", 5, 10),
            ("湖北交通职业技术学院", "电子商务数据分析", 5, 11), ("湖北交通职业技术学院", "网店运营推广", 3, 8),
            ("武汉铁路职业技术学院", "轨道交通电气设备装调", 2, 4), ("某某技师学院", "物流管理", 0, 2),
        ];
        foreach (var (school, certificate, teachers, students) in groups)
        {
            for (var t = 0; t < teachers; t++)
            {
                yield return new(school, t % 3 == 2 ? "老师" : "教师", certificate);
            }

            for (var s = 0; s < students; s++)
            {
                yield return new(school, "学生", certificate);
            }
        }
    }

    private static ScanPageOptions Page(int seed, ScanRendering rendering = ScanRendering.Colour, bool seal = false) =>
        new() { Seed = seed, Rendering = rendering, Seal = seal, Dpi = 100 };

    private static byte[] SealedScan(int pages) =>
        ScanSampleBuilder.Pdf([.. Enumerable.Range(1, pages).Select(p => Page(p, seal: p == pages))]);

    // An OLE compound file header as Word 97-2003 writes it: enough for content-based detection to call it .doc.
    private static byte[] LegacyWordFile()
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        bytes[0x1E] = 9;
        return bytes;
    }
}
