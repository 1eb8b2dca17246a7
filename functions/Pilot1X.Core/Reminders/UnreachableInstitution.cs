using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reminders;

/// <summary>An institution that needs a reminder but cannot get one, and why (in Chinese, for <c>remind</c> and the daily report).</summary>
/// <param name="Institution">The 未交 or 未齐全 institution.</param>
/// <param name="Reason">Why no reminder can reach it, e.g. 名单中没有联系邮箱.</param>
public sealed record UnreachableInstitution(Institution Institution, string Reason)
{
    public const string NoContact = "名单中没有联系邮箱";
}
