using Pilot1X.Core.Attribution;
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
        _ => "缺少",
    };

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
