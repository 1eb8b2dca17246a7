using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Mail.Receipts;

/// <summary>Everything one receipt says: the mail it answers and what the analysis found.</summary>
/// <param name="SubmissionId">The submission answered; the receipt's Message-ID derives from it, so a repeat is the same mail.</param>
/// <param name="To">The sender of the submission.</param>
/// <param name="Subject">The submission's subject (untrusted; escaped in HTML).</param>
/// <param name="MessageId">The submission's Message-ID, for In-Reply-To.</param>
/// <param name="References">The submission's References header, continued.</param>
/// <param name="Institution">Whom the receipt greets: the sender's own roster institution, else the one its files name; null when none matched.</param>
/// <param name="ArrivedFiles">The files the mail carried, as named in it (untrusted).</param>
/// <param name="Materials">The institution's materials after this submission (Word and scan state each), as its status row has them.</param>
/// <param name="Findings">Every finding about this submission, with its fix (for several institutions: those of no <see cref="Parts"/> entry).</param>
/// <param name="ReceivedAt">When the mail arrived.</param>
/// <param name="Deadline">The submission deadline.</param>
public sealed record ReceiptRequest(
    string SubmissionId,
    string To,
    string Subject,
    string? MessageId,
    string? References,
    Institution? Institution,
    IReadOnlyList<string> ArrivedFiles,
    IReadOnlyList<MaterialReport> Materials,
    IReadOnlyList<Finding> Findings,
    DateTimeOffset ReceivedAt,
    DateTimeOffset Deadline)
{
    /// <summary>The status row's verdict for <see cref="Institution"/> (what the dashboard shows); null → decided from <see cref="Materials"/>.</summary>
    public bool? Complete { get; init; }

    /// <summary>For a mail whose files were filed for several institutions: each one's part (then shown under its own heading).</summary>
    public IReadOnlyList<ReceiptPart> Parts { get; init; } = [];

    /// <summary>Files of the mail held for the office because they name an institution the sender may not file for.</summary>
    public IReadOnlyList<ReceiptHeldFile> HeldFiles { get; init; } = [];

    /// <summary>When no institution matched: the roster names closest to what the mail wrote.</summary>
    public IReadOnlyList<string> ClosestNames { get; init; } = [];

    /// <summary>Overrides the greeting (several institutions and no roster sender: all their names).</summary>
    public string? Salutation { get; init; }

    /// <summary>How the files arrived; <see cref="ReceiptChannel.UploadLink"/> answers a batch of uploads, not a mail.</summary>
    public ReceiptChannel Channel { get; init; } = ReceiptChannel.Mail;

    /// <summary>Further recipients besides <see cref="To"/> (an upload receipt goes to every roster contact of the institution).</summary>
    public IReadOnlyList<string> AlsoTo { get; init; } = [];

    /// <summary>For an upload batch: when its first file arrived (<see cref="ReceivedAt"/> is when its last one did).</summary>
    public DateTimeOffset? FirstReceivedAt { get; init; }

    /// <summary>The institution's roster certificates after this submission (coverage, grades, self-check); empty when the roster lists none.</summary>
    public IReadOnlyList<CertificateReport> Certificates { get; init; } = [];
}
