namespace Pilot1X.Core.Findings;

/// <summary>
/// The one Chinese name of each finding code, as the office's workbook and views name a kind of problem (the code itself
/// stays in the contract and in the workbook's last column). A code without a name here is shown as “其他问题”.
/// </summary>
public static class FindingNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [FindingCode.UnknownInstitution] = "单位不在名单中",
        [FindingCode.AmbiguousInstitution] = "无法确定是哪个单位",
        [FindingCode.InstitutionMismatch] = "文件名中的单位与提交渠道不符",
        [FindingCode.NameNonconforming] = "文件名不规范",
        [FindingCode.UnknownMaterial] = "无法识别是哪份材料",
        [FindingCode.UnsupportedFormat] = "文件格式不支持",
        [FindingCode.LegacyWordFormat] = "旧版 Word 格式（.doc/.wps）",
        [FindingCode.DocumentUnreadable] = "文件无法打开",
        [FindingCode.SectionMissing] = "缺少提纲部分",
        [FindingCode.SectionEmpty] = "提纲部分无内容",
        [FindingCode.SectionOrder] = "提纲部分顺序不对",
        [FindingCode.CaseLength] = "案例字数不符",
        [FindingCode.CaseNoImages] = "案例没有图片",
        [FindingCode.ImageCaptionMissing] = "图片缺少图注",
        [FindingCode.SealNotFound] = "扫描件未见公章",
        [FindingCode.SealUndetermined] = "无法判断公章（黑白扫描）",
        [FindingCode.MaterialMissing] = "缺少材料",
        [FindingCode.ArchiveUnsafe] = "压缩包内容不安全",
        [FindingCode.ArchiveEncrypted] = "压缩包有密码",
        [FindingCode.Duplicate] = "重复提交的相同文件",
        [FindingCode.Superseded] = "已被新版本替换",
        [FindingCode.LateSubmission] = "逾期提交",
        [FindingCode.LargeAttachmentLink] = "超大附件链接",
        [FindingCode.CertificateNotCovered] = "评价报告未覆盖试点证书",
        [FindingCode.CertificateGradeMissing] = "试点证书未给出评价等级",
        [FindingCode.SelfCheckCertificateMissing] = "自查未分证书说明",
        [FindingCode.QuestionnaireQuota] = "问卷人数未达要求",
        [FindingCode.QuestionnaireUnmatched] = "问卷学校不在名单中",
    };

    /// <summary>The Chinese name of <paramref name="code"/>.</summary>
    public static string Of(string code) => Names.GetValueOrDefault(code ?? string.Empty, "其他问题");

    /// <summary>Whether <paramref name="code"/> has its own name (a test keeps every <see cref="FindingCode"/> named).</summary>
    public static bool Has(string code) => Names.ContainsKey(code);
}
