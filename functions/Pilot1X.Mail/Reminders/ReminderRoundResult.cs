using Pilot1X.Core.Reminders;

namespace Pilot1X.Mail.Reminders;

/// <summary>What a reminder round did: each planned reminder's fate, and who needed one but could not be reminded, and why.</summary>
/// <param name="Results">One per planned reminder.</param>
/// <param name="Unreachable">Not 齐全 but not remindable (no 联系邮箱 on the roster), in roster order.</param>
public sealed record ReminderRoundResult(IReadOnlyList<ReminderResult> Results, IReadOnlyList<UnreachableInstitution> Unreachable);
