using Pilot1X.Core.Attribution;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Reporting;

/// <summary>The contract's lower-case spellings of enum values, and their Chinese labels for people.</summary>
public static class ContractNames
{
    public static string Of(MaterialKind kind) => MaterialNames.Code(kind);

    /// <summary>The contract's format; workbooks and presentations are not formats of the contract, so they are <c>other</c>.</summary>
    public static string Of(FileFormat format) => format is FileFormat.Spreadsheet or FileFormat.Presentation
        ? "other"
        : format.ToString().ToLowerInvariant();

    public static string Of(CertificateEvaluation evaluation) => evaluation switch
    {
        CertificateEvaluation.Graded => "graded",
        CertificateEvaluation.Covered => "covered",
        CertificateEvaluation.NotCovered => "not_covered",
        CertificateEvaluation.NoReport => "no_report",
        _ => "not_required",
    };

    public static string Of(SelfCheckCoverage coverage) => coverage switch
    {
        SelfCheckCoverage.Covered => "covered",
        SelfCheckCoverage.NotCovered => "not_covered",
        _ => "no_report",
    };

    /// <summary>How the evaluation report treats a certificate, as people read it (the grade itself when graded).</summary>
    public static string Label(CertificateReport certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Evaluation switch
        {
            CertificateEvaluation.Graded => $"评价为{certificate.Grade}",
            CertificateEvaluation.Covered => "已写到，未给评价等级",
            CertificateEvaluation.NotCovered => "评价报告未写到",
            CertificateEvaluation.NoReport => "评价报告" + Office.OfficeLabels.NothingReceived,
            _ => "不需报送评价报告",
        };
    }

    public static string Label(SelfCheckCoverage coverage) => coverage switch
    {
        SelfCheckCoverage.Covered => "总结报告自查已说明",
        SelfCheckCoverage.NotCovered => "总结报告自查未说明",
        _ => "总结报告" + Office.OfficeLabels.NothingReceived,
    };

    public static string Of(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Of(MaterialState state) => state.ToString().ToLowerInvariant();

    public static string Of(HoldReason reason) => reason == HoldReason.NamesAnotherInstitution ? "names_another_institution" : "replaces_without_authority";

    public static string Of(ChannelKind channel) => channel switch
    {
        ChannelKind.UploadLink => "upload_link",
        ChannelKind.Folder => "folder",
        ChannelKind.Mail => "mail",
        _ => "direct",
    };

    /// <summary>Why a file was held, as the office reads it.</summary>
    public static string Label(HoldReason reason) => reason == HoldReason.NamesAnotherInstitution
        ? "提交渠道属于另一单位"
        : "非登记联系邮箱要替换已有版本";

    public static string Of(SealStatus seal) => seal switch
    {
        SealStatus.Found => "found",
        SealStatus.NotFound => "not_found",
        _ => "undetermined",
    };

    /// <summary>The seal back from its contract name (<see cref="Of(SealStatus)"/>); anything else is undetermined.</summary>
    public static SealStatus SealOf(string name) => name switch
    {
        "found" => SealStatus.Found,
        "not_found" => SealStatus.NotFound,
        _ => SealStatus.Undetermined,
    };

    public static string Label(MaterialState state) => state switch
    {
        MaterialState.Ok => "合格",
        MaterialState.Invalid => "有误",
        MaterialState.Unchecked => "未检查",
        _ => "缺少",
    };

    /// <summary>
    /// A material version's state as the office views show it; a legacy Word file says which one it is,
    /// e.g. “Word（.doc，未检查）”, so nobody takes it for a checked .docx.
    /// </summary>
    public static string Label(MaterialReport material, bool word)
    {
        ArgumentNullException.ThrowIfNull(material);
        var state = word ? material.Word : material.Scan;
        if (state != MaterialState.Unchecked)
        {
            return Label(state);
        }

        return $"Word（{LegacyWordExtension(material)}，{Label(state)}）";
    }

    /// <summary>Which legacy Word file an <c>unchecked</c> material is, as the school named it: .wps or .doc.</summary>
    public static string LegacyWordExtension(MaterialReport material)
    {
        ArgumentNullException.ThrowIfNull(material);
        return material.Files.Any(f => f.EndsWith(".wps", StringComparison.OrdinalIgnoreCase)) ? ".wps" : ".doc";
    }

    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "提醒",
        _ => "说明",
    };

    public static string Label(SealStatus seal) => seal switch
    {
        SealStatus.Found => "检测到红色公章",
        SealStatus.NotFound => "未检测到公章",
        _ => "黑白扫描，无法判断公章",
    };

    public static string Label(SchoolLevel level) => level switch
    {
        SchoolLevel.Secondary => "中职",
        SchoolLevel.Higher => "高职",
        SchoolLevel.Undergraduate => "本科",
        _ => "未注明层次",
    };
}
