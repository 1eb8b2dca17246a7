using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Ledger;

namespace Pilot1X.Core.Reporting.Anomalies;

/// <summary>
/// What went wrong and needs a person (the report mail's 异常 section): mails that reached nobody or failed, analyses
/// given up on, outgoing mail never delivered, files held for the office.
/// </summary>
/// <param name="Unanswered">Received mails without a receipt that a person should look at (<see cref="MailLedgerEntry.NeedsAttention"/>).</param>
/// <param name="FailedAnalyses">Submissions whose analysis was poisoned.</param>
/// <param name="Undelivered">Dead-lettered outgoing mail other than the receipts already listed under <paramref name="Unanswered"/>.</param>
/// <param name="Held">Files held for the office (待核实).</param>
public sealed record OfficeAnomalies(IReadOnlyList<MailLedgerEntry> Unanswered, IReadOnlyList<FailedAnalysis> FailedAnalyses,
    IReadOnlyList<UndeliveredMail> Undelivered, IReadOnlyList<DashboardHeldFile> Held)
{
    public static OfficeAnomalies None { get; } = new([], [], [], []);

    public bool IsEmpty => Unanswered.Count == 0 && FailedAnalyses.Count == 0 && Undelivered.Count == 0 && Held.Count == 0;
}
