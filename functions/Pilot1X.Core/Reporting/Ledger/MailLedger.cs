namespace Pilot1X.Core.Reporting.Ledger;

/// <summary>Every mail the office mailbox received, oldest first: the <c>pilot1x.mail/1</c> document and the 来件 view.</summary>
public sealed record MailLedger(DateTimeOffset AsOf, IReadOnlyList<MailLedgerEntry> Messages)
{
    public const string Schema = "pilot1x.mail/1";
}
