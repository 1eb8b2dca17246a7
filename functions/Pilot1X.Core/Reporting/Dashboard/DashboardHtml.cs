using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The dashboard renderers' shared vocabulary: one encoder for every piece of text (submitted names and file names are
/// untrusted, so everything goes through it, in text and in attributes alike) and the stable codes the filters use.
/// </summary>
internal static class DashboardHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => text is null ? string.Empty : Encoder.Encode(text);

    public static string Invariant(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString(CultureInfo.InvariantCulture);
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value of a row's <c>data-status</c> and of the status filter's options.</summary>
    public static string Code(OfficeStatus status) => status switch
    {
        OfficeStatus.Complete => "complete",
        OfficeStatus.Incomplete => "incomplete",
        _ => "none",
    };

    /// <summary>The value of a row's <c>data-level</c> and of the level filter's options.</summary>
    public static string Code(SchoolLevel level) => level switch
    {
        SchoolLevel.Secondary => "secondary",
        SchoolLevel.Higher => "higher",
        SchoolLevel.Undergraduate => "undergraduate",
        _ => "unknown",
    };

    /// <summary>A time as the office reads it, or a dash when unknown.</summary>
    public static string Cst(DateTimeOffset? time) => time is { } t ? OfficeLabels.Cst(t) : "—";
}
