namespace Pilot1X.Core.Reporting.Office;

/// <summary>One line of 今日需跟进: an institution that is not 齐全, whom to call, and what it still lacks.</summary>
/// <param name="Row">Its row of the office summary (institution with contacts, status, last arrival and receipt).</param>
/// <param name="Gap">What is missing, in one line (<see cref="FollowUpGap"/>).</param>
public sealed record FollowUpItem(OfficeRow Row, string Gap)
{
    /// <summary>
    /// 今日需跟进: every 未交 and then every 未齐全 institution, each in roster order.
    /// </summary>
    public static IReadOnlyList<FollowUpItem> ListOf(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return [.. summary.NothingReceived.Concat(summary.Incomplete).Select(r => new FollowUpItem(r, FollowUpGap.Of(r)))];
    }

    /// <summary>The 联系邮箱 column: its roster addresses, or a dash.</summary>
    public string Contacts => Row.Institution.Contacts.Count == 0 ? "—" : string.Join("；", Row.Institution.Contacts);
}
