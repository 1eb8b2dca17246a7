using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Pilot1X.Pipeline;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail;

/// <summary>
/// The mail door's containers, queue and tables:
/// <list type="bullet">
/// <item><c>MailCheckpoints</c>: PK folder, RK <c>checkpoint</c> — UIDVALIDITY and last UID taken (updated with ETags).</item>
/// <item><c>MailMessages</c>: PK <c>id</c>, RK Message-ID (or content hash) — each distinct message once, with its submission,
/// outcome and reason (read and written only through <see cref="Pilot1X.Pipeline.Mail.MailMessageRow"/>).</item>
/// <item><c>Outbox</c>: PK <c>mail</c>, RK outgoing Message-ID — state of every outgoing mail.</item>
/// <item><c>ReceiptCounts</c>: PK sender, RK hour — receipts sent per sender per hour.</item>
/// </list>
/// </summary>
public sealed class MailStore(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables,
    IOptions<MailStorageOptions> options, IOptions<PipelineStorageOptions> pipeline) : IDisposable
{
    private readonly StorageProvisioning _provisioning = new();

    public MailStorageOptions Options => options.Value;

    public BlobContainerClient Inbox => blobs.GetBlobContainerClient(options.Value.InboxContainer);

    public BlobContainerClient OutboxBlobs => blobs.GetBlobContainerClient(options.Value.OutboxContainer);

    public QueueClient OutboxQueue => queues.GetQueueClient(options.Value.OutboxQueue);

    public QueueClient OutboxPoisonQueue => queues.GetQueueClient(options.Value.OutboxPoisonQueue);

    public TableClient Checkpoints => Table("MailCheckpoints");

    public TableClient Messages => Table(MailTableNames.Messages);

    public TableClient Outbox => Table(MailTableNames.Outbox);

    public TableClient ReceiptCounts => Table("ReceiptCounts");

    /// <summary>PK institution, RK batch key: one row per batch of link uploads answered (or not, with the reason).</summary>
    public TableClient UploadReceipts => Table(MailTableNames.UploadReceipts);

    /// <summary>Creates whatever does not exist yet, once per process.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) =>
        _provisioning.EnsureCreatedAsync([Inbox, OutboxBlobs], [OutboxQueue, OutboxPoisonQueue], [Checkpoints, Messages, Outbox, ReceiptCounts, UploadReceipts], cancellationToken);

    public void Dispose() => _provisioning.Dispose();

    private TableClient Table(string name) => tables.GetTableClient(pipeline.Value.TablePrefix + name);
}
