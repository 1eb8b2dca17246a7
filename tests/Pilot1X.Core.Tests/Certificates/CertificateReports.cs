using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Certificates;

/// <summary>Realistic evaluation and summary reports (real .docx) that speak of certificates in prose and in tables.</summary>
internal static class CertificateReports
{
    public const string School = "湖北工程职业学院";

    /// <summary>An evaluation report: <paramref name="first"/>…<paramref name="fourth"/> fill sections 一 to 四.</summary>
    public static byte[] Evaluation(Action<WordSampleBuilder> first, Action<WordSampleBuilder> second, Action<WordSampleBuilder> fourth)
    {
        var builder = new WordSampleBuilder().CentredBoldTitle(School + "对培训评价组织1+X证书制度试点工作评价报告");
        builder.Heading(WordSamples.EvaluationSections[0]);
        first(builder);
        builder.Heading(WordSamples.EvaluationSections[1]);
        second(builder);
        builder.Heading(WordSamples.EvaluationSections[2]).Paragraph("部分证书考核站点设备不足，考核安排较为集中，学校与培训评价组织沟通渠道有待完善。");
        builder.Heading(WordSamples.EvaluationSections[3]);
        fourth(builder);
        return builder.ToArray();
    }

    /// <summary>A summary report whose section 四 says <paramref name="selfCheck"/>.</summary>
    public static byte[] Summary(string selfCheck)
    {
        var builder = new WordSampleBuilder().CentredBoldTitle(School + "1+X证书制度试点工作总结报告");
        for (var i = 0; i < WordSamples.SummarySections.Count; i++)
        {
            builder.Heading(WordSamples.SummarySections[i]);
            builder.Paragraph(i == 3 ? selfCheck : "学校高度重视1+X证书制度试点工作，成立了由校长任组长的试点工作领导小组，统筹推进各项工作。");
        }

        return builder.ToArray();
    }

    public static void Nothing(WordSampleBuilder builder) =>
        builder.Paragraph("学校积极配合培训评价组织开展师资培训、考核站点建设和证书考核工作。");
}
