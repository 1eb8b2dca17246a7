namespace Pilot1X.Samples;

/// <summary>Complete sample reports of the notice's materials, for tests, benchmarks and the bundled samples.</summary>
public static partial class WordSamples
{
    /// <summary>The six section titles of 附件1 (工作总结报告), with the notice's own typo in the fourth.</summary>
    public static IReadOnlyList<string> SummarySections { get; } =
        ["1+X证书制度试点工作概况", "主要做法与成效", "存在问题及原因分析", "自查自査结果", "特色创新", "下一步工作计划及有关意见建议"];

    /// <summary>The four section titles of 附件4 (对培训评价组织评价报告).</summary>
    public static IReadOnlyList<string> EvaluationSections { get; } =
        ["培训评价组织试点工作基本情况", "培训评价组织支持试点工作情况", "培训评价组织试点工作存在的问题", "对培训评价组织试点工作评价结果"];

    /// <summary>A summary report with all six sections of 附件1, two sub-headings each.</summary>
    public static byte[] SummaryReport(string institution, HeadingRepresentation headings = HeadingRepresentation.HeadingStyleNumbered,
        int charsPerSection = 300) =>
        Report(new WordSampleBuilder(headings).CentredBoldTitle(institution + "1+X证书制度试点工作总结报告"), SummarySections, null, charsPerSection).ToArray();

    /// <summary>An evaluation report with the four sections of 附件4, optionally dropping section <paramref name="omitSection"/> (1-based).</summary>
    public static byte[] EvaluationReport(string institution, int? omitSection = null,
        HeadingRepresentation headings = HeadingRepresentation.HeadingStyle, int charsPerSection = 300) =>
        Report(new WordSampleBuilder(headings).CentredBoldTitle(institution + "对培训评价组织1+X证书制度试点工作评价报告"),
            EvaluationSections, omitSection, charsPerSection).ToArray();

    private static WordSampleBuilder Report(WordSampleBuilder builder, IReadOnlyList<string> sections, int? omit, int charsPerSection)
    {
        builder.Paragraph(DateLine());
        for (var i = 0; i < sections.Count; i++)
        {
            if (omit == i + 1)
            {
                continue;
            }

            builder.Heading(sections[i]);
            builder.Heading("工作举措", 2).Prose(charsPerSection / 2, i * 3);
            builder.Heading("取得成效", 2).Prose(charsPerSection - (charsPerSection / 2), (i * 3) + 1);
        }

        return builder;
    }

    private static string DateLine() => "2020年12月25日";

    /// <summary>
    /// A typical case of exactly <paramref name="chars"/> 字 (whole body, as Word counts it) with
    /// <paramref name="captionedPictures"/> captioned and <paramref name="uncaptionedPictures"/> uncaptioned pictures.
    /// </summary>
    public static byte[] TypicalCase(string institution, int chars, int captionedPictures, int uncaptionedPictures = 0)
    {
        string[] parts = ["实施背景", "主要做法", "实施成效", "经验与启示"];
        var title = institution + "1+X证书制度试点工作典型案例：课证融通赋能人才培养";
        var fixedChars = SampleText.Count(title);
        for (var i = 0; i < parts.Length; i++)
        {
            fixedChars += SampleText.Count("一、" + parts[i]);
        }

        for (var p = 1; p <= captionedPictures; p++)
        {
            fixedChars += SampleText.Count($"图{p} 学生参加证书考核");
        }

        var prose = Math.Max(parts.Length, chars - fixedChars);
        var builder = new WordSampleBuilder(HeadingRepresentation.TypedBold).CentredBoldTitle(title);
        var pictures = new Queue<bool>(Enumerable.Repeat(true, captionedPictures).Concat(Enumerable.Repeat(false, uncaptionedPictures)));
        for (var i = 0; i < parts.Length; i++)
        {
            builder.Heading(parts[i]);
            var share = i < parts.Length - 1 ? prose / parts.Length : prose - (prose / parts.Length * (parts.Length - 1));
            builder.Prose(share, i * 5);
            var perSection = (int)Math.Ceiling((captionedPictures + uncaptionedPictures) / (double)parts.Length);
            for (var k = 0; k < perSection && pictures.Count > 0; k++)
            {
                var captioned = pictures.Dequeue();
                builder.Picture(PictureEncoding.Drawing, "学生参加证书考核", captioned ? CaptionKind.Style : CaptionKind.None);
            }
        }

        return builder.ToArray();
    }

    /// <summary>
    /// A "20-page" summary report as a school would really send it (title, TOC, six sections with sub-headings,
    /// tables and pictures; runs split like Word's): about 90 KB of document.xml, about 40 KB as .docx.
    /// </summary>
    public static byte[] TwentyPageReport(string institution = "湖北交通职业技术学院")
    {
        var builder = new WordSampleBuilder(HeadingRepresentation.HeadingStyleNumbered)
            .Title(institution + "1+X证书制度试点工作总结报告")
            .Paragraph(DateLine())
            .PageHeader(institution)
            .TableOfContents();
        for (var i = 0; i < SummarySections.Count; i++)
        {
            builder.Heading(SummarySections[i]);
            for (var s = 0; s < 3; s++)
            {
                builder.Heading($"工作举措{s + 1}", 2).Prose(420, (i * 7) + s);
            }

            if (i == 1)
            {
                builder.Table(6, 4).Picture(PictureEncoding.Drawing, "学生参加证书考核", CaptionKind.Style);
            }
        }

        return builder.ToArray();
    }
}
