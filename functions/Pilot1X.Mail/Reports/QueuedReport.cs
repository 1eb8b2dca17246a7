namespace Pilot1X.Mail.Reports;

/// <summary>A report mail handed to the outbox.</summary>
/// <param name="MessageId">Its Message-ID: per CST day for the daily report, fresh for an on-demand one.</param>
/// <param name="Subject">The subject (the headline figures).</param>
/// <param name="To">Its recipients.</param>
/// <param name="Attachment">The workbook's file name, <c>汇总表-yyyyMMdd.xlsx</c>.</param>
/// <param name="Queued">False when the outbox already had this Message-ID (the daily report was already sent today).</param>
public sealed record QueuedReport(string MessageId, string Subject, IReadOnlyList<string> To, string Attachment, bool Queued);
