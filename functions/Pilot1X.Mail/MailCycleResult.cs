using Pilot1X.Mail.Inbox;

namespace Pilot1X.Mail;

/// <summary>What one turn of the mail door did.</summary>
public sealed record MailCycleResult(PollResult Poll, int Analysed, int ReceiptsQueued, int Sent);
