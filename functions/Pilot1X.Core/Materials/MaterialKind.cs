namespace Pilot1X.Core.Materials;

/// <summary>Which of the notice's materials a file is.</summary>
public enum MaterialKind
{
    Unknown,
    /// <summary>工作总结报告 (附件1 outline), required of every pilot institution.</summary>
    Summary,
    /// <summary>对培训评价组织评价报告 (附件4 outline), required of the sampled institutions.</summary>
    Evaluation,
    /// <summary>典型案例, optional.</summary>
    Case,
    /// <summary>问卷, filled online; a file of it is kept but not required.</summary>
    Questionnaire,
}
