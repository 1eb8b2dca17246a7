using Pilot1X.Core.Reporting.Anomalies;
using Pilot1X.Core.Reporting.Ledger;

namespace Pilot1X.Pipeline.Mail;

/// <summary>One read of the mail door's tables: the ledger, what was never delivered, and which mail each submission came in.</summary>
/// <param name="Ledger">Every received mail, oldest first.</param>
/// <param name="Undelivered">Dead-lettered outgoing mail other than receipts already shown as failed in the ledger.</param>
/// <param name="BySubmission">The mail a submission came in, by submission id.</param>
public sealed record MailLedgerRead(MailLedger Ledger, IReadOnlyList<UndeliveredMail> Undelivered, IReadOnlyDictionary<string, MailLedgerEntry> BySubmission);
