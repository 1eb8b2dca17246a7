using System.Globalization;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The Chinese words every view uses for states and times — receipt, reminder, dashboard, workbook, report mail, <c>check</c>
/// and <c>status</c> text: an institution is 齐全, 未齐全 or 未交, an optional case nobody sent is 选交. Written here only.
/// </summary>
public static class OfficeLabels
{
    /// <summary>Every material it owes has a valid Word version and a valid scan.</summary>
    public const string Complete = "齐全";

    /// <summary>Something arrived, something is still missing or invalid.</summary>
    public const string Incomplete = "未齐全";

    /// <summary>Nothing at all received (also a single material version nobody sent).</summary>
    public const string NothingReceived = "未交";

    /// <summary>An optional material (a typical case) that was not sent: nothing is owed.</summary>
    public const string OptionalNotSent = "选交";

    public static string Of(OfficeStatus status) => status switch
    {
        OfficeStatus.Complete => Complete,
        OfficeStatus.Incomplete => Incomplete,
        _ => NothingReceived,
    };

    /// <summary>How much a finding matters to the office: whether it keeps the institution from 齐全.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "必须修改（影响齐全）",
        Severity.Warning => "建议",
        _ => "说明",
    };

    /// <summary>A material version's state, or 无需提交 when the institution does not owe and did not send it.</summary>
    public static string Of(MaterialReport? material, bool word) =>
        material is null ? "无需提交" : ContractNames.Label(material, word);

    /// <summary>China Standard Time, as everyone at the office reads it: 2020-12-26 09:00.</summary>
    public static string Cst(DateTimeOffset time) =>
        time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static MaterialReport? Find(IEnumerable<MaterialReport> materials, MaterialKind kind) =>
        materials.FirstOrDefault(m => m.Kind == kind);
}
