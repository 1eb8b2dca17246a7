namespace Pilot1X.Core.Materials;

/// <summary>How materials are named to people, in Chinese.</summary>
public static class MaterialNames
{
    /// <summary>The material's title as the notice names it.</summary>
    public static string Title(MaterialKind kind) => kind switch
    {
        MaterialKind.Summary => "1+X证书制度试点工作总结报告",
        MaterialKind.Evaluation => "对培训评价组织1+X证书制度试点工作评价报告",
        MaterialKind.Case => "1+X证书制度试点工作典型案例",
        MaterialKind.Questionnaire => "问卷调查材料",
        _ => "未识别的材料",
    };

    /// <summary>A short name for tables and lists.</summary>
    public static string Brief(MaterialKind kind) => kind switch
    {
        MaterialKind.Summary => "工作总结报告",
        MaterialKind.Evaluation => "评价报告",
        MaterialKind.Case => "典型案例",
        MaterialKind.Questionnaire => "问卷",
        _ => "未识别",
    };

    /// <summary>The contract's lower-case name (summary, evaluation, case, questionnaire, unknown).</summary>
    public static string Code(MaterialKind kind) => kind.ToString().ToLowerInvariant();
}
