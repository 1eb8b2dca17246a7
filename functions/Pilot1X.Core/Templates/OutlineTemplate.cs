namespace Pilot1X.Core.Templates;

/// <summary>A report outline prescribed by the notice (附件1 for the summary report, 附件4 for the evaluation report).</summary>
/// <param name="Attachment">The notice attachment that prescribes it ("附件1").</param>
/// <param name="Material">The material's Chinese name, for messages.</param>
internal sealed record OutlineTemplate(string Attachment, string Material, IReadOnlyList<TemplateSection> Sections)
{
    /// <summary>附件1: 工作总结报告提纲.</summary>
    public static OutlineTemplate Summary { get; } = new("附件1", "工作总结报告",
    [
        new(1, "1+X证书制度试点工作概况", ["概况", "基本情况", "总体情况"]),
        new(2, "主要做法与成效", ["主要做法成效", "主要做法", "做法成效", "主要成效"]),
        new(3, "存在问题及原因分析", ["存在问题原因分析", "存在问题", "问题原因分析", "问题不足"]),
        new(4, "自查自查结果", ["自查自查结果", "自查结果", "自查情况"]),
        new(5, "特色创新", ["特色创新", "特色亮点", "创新"]),
        new(6, "下一步工作计划及有关意见建议", ["下一步计划意见建议", "下一步计划", "意见建议", "下一步打算"]),
    ]);

    /// <summary>附件4: 对培训评价组织评价报告提纲.</summary>
    public static OutlineTemplate Evaluation { get; } = new("附件4", "对培训评价组织评价报告",
    [
        new(1, "培训评价组织试点工作基本情况", ["基本情况", "概况"]),
        new(2, "培训评价组织支持试点工作情况", ["支持情况", "支持"]),
        new(3, "培训评价组织试点工作存在的问题", ["存在问题", "问题不足"]),
        new(4, "对培训评价组织试点工作评价结果", ["评价结果", "评价"]),
    ]);

    /// <summary>Heading as the template numbers it: "五、特色创新".</summary>
    public static string NumberedTitle(TemplateSection section) => ChineseOrdinal.Of(section.Number) + "、" + section.Title;
}
