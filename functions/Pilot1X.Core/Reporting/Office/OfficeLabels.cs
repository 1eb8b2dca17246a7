using System.Globalization;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>The Chinese words the workbook, the HTML mail and the reminders use for states and times.</summary>
public static class OfficeLabels
{
    public static string Of(OfficeStatus status) => status switch
    {
        OfficeStatus.Complete => "齐全",
        OfficeStatus.Incomplete => "未齐全",
        _ => "未交",
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
