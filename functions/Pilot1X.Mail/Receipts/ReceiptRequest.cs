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
/// <param name="Institution">The institution it was attributed to; null when none on the roster matched.</param>
/// <param name="ArrivedFiles">The files the mail carried, as named in it (untrusted).</param>
/// <param name="Materials">The institution's materials after this submission (Word and scan state each).</param>
/// <param name="Findings">Every finding about this submission, with its fix.</param>
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
    /// <summary>The institution's roster certificates after this submission (coverage, grades, self-check); empty when the roster lists none.</summary>
    public IReadOnlyList<CertificateReport> Certificates { get; init; } = [];
}
