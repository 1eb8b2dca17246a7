using Pilot1X.Core.Checking;

namespace Pilot1X.Pipeline.Options;

/// <summary>
/// The office's facts every part reads from here: the deadline (<c>Pilot1X__Deadline</c>), its mailbox
/// (<c>Pilot1X__OfficeAddress</c>), who its automatic mails come from (<c>Smtp__From</c>, else the mailbox) and, optionally,
/// whom schools may ask (<c>Pilot1X__OfficeContactName</c>). App settings in Azure, environment variables in local runs;
/// <c>pilot1x</c> flags override single values. Read by <see cref="OfficeSettings"/>, checked when the host starts.
/// </summary>
public sealed class OfficeOptions
{
    /// <summary>The mailbox local runs use when <c>Pilot1X__OfficeAddress</c> is not set, so their mails look like the real ones.</summary>
    public const string DefaultAddress = "hbzcjc@126.com";

    /// <summary>When materials are due.</summary>
    public DateTimeOffset Deadline { get; set; } = CheckOptions.DefaultDeadline;

    /// <summary>The office mailbox: never answered (loop protection), the domain of our Message-IDs, the default report recipient.</summary>
    public string OfficeAddress { get; set; } = DefaultAddress;

    /// <summary>Whom schools may ask, by name (optional).</summary>
    public string? OfficeContactName { get; set; }

    /// <summary>The sender address of the office's automatic mails when it is not the mailbox itself (<c>Smtp__From</c>).</summary>
    public string? From { get; set; }

    /// <summary>Who receipts, reminders and the report mail come from: <see cref="From"/>, else the office mailbox.</summary>
    public string Sender => string.IsNullOrWhiteSpace(From) ? OfficeAddress : From;

    /// <summary>The domain our Message-IDs use: the office address's.</summary>
    public string MessageIdDomain => OfficeAddress[(OfficeAddress.LastIndexOf('@') + 1)..];
}
