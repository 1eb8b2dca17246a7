namespace Pilot1X.Mail;

/// <summary>
/// The office mailbox local runs use when <c>Pilot1X__OfficeAddress</c> is not set: receipts, reminders and the report
/// mail all come from it (and Message-IDs take its domain), so a local run's mails look like the real ones.
/// </summary>
public static class OfficeMailbox
{
    public const string DefaultAddress = "hbzcjc@126.com";
}
