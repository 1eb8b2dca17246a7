namespace Pilot1X.Mail.Receipts;

/// <summary>What one pass over the uploads did.</summary>
/// <param name="Issued">Receipts queued in the outbox (one per finished batch).</param>
/// <param name="Unsent">Finished batches answered by nobody: the roster has no contact address (recorded with the reason).</param>
/// <param name="Waiting">Batches still open: an upload within the quiet period, or an analysis not finished yet.</param>
public sealed record UploadReceiptResult(int Issued, int Unsent, int Waiting);
