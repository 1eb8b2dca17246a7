namespace Pilot1X.Core.Reporting.Ledger;

/// <summary>
/// One received mail as the office's 来件 ledger shows it: when it arrived, who sent it, what it was about, which
/// institutions its files were filed for, and what became of it. Subject, sender and reason are untrusted text copied
/// from the mail: escape them wherever they are shown.
/// </summary>
/// <param name="MessageId">Its Message-ID (null when it had none).</param>
/// <param name="ArrivedAt">The mail server's arrival time.</param>
/// <param name="From">The sender's address, or the From header as written when no address could be read from it.</param>
/// <param name="Subject">The decoded subject.</param>
/// <param name="Institutions">The roster institutions its files were attributed to (empty while pending or when none).</param>
/// <param name="Outcome">The contract name of what became of it (<see cref="MailLedgerOutcomes"/>).</param>
/// <param name="Receipt">The receipt's Message-ID, or null when no receipt was queued.</param>
/// <param name="Reason">Why it got no receipt, or what went wrong, in Chinese; null when there is nothing to explain.</param>
public sealed record MailLedgerEntry(string? MessageId, DateTimeOffset ArrivedAt, string? From, string Subject, IReadOnlyList<string> Institutions,
    string Outcome, string? Receipt, string? Reason)
{
    /// <summary>Whether a person should look at this mail (it reached nobody, or a step failed for it).</summary>
    public bool NeedsAttention => MailLedgerOutcomes.NeedsAttention(Outcome);
}
