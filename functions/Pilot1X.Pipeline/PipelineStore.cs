using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Pipeline;

/// <summary>
/// Every container, queue and table the pipeline uses, named once from <see cref="PipelineStorageOptions"/>.
/// Tables are shaped by the questions asked of them:
/// <list type="bullet">
/// <item><c>Status</c>: PK institution, RK <c>status</c> — "where does each institution stand" (updated with ETags).</item>
/// <item><c>Submissions</c>: PK institution (upload folder), RK submission id — "what did this institution send".</item>
/// <item><c>Documents</c>: PK institution, RK submission|file — its documents, with the evidence completeness needs.</item>
/// <item><c>Held</c>: PK named institution, RK submission|file — files held for the office (who may file for whom).</item>
/// <item><c>Sections</c>: PK submission|file, RK section number — "what is in this document".</item>
/// <item><c>Findings</c>: PK submission, RK number — "what is wrong with this submission".</item>
/// <item><c>ProcessedKeys</c>: PK stage, RK key — idempotency of intake and analysis.</item>
/// <item><c>ScanPages</c>: PK institution|scan name, RK submission|file — the loose page images of a scan, to put it together again.</item>
/// <item><c>Questionnaires</c>: PK <c>questionnaire</c>, RK header signature — the newest export of each questionnaire.</item>
/// <item><c>Poison</c>: PK queue, RK time|message id — messages that kept failing, with the reason.</item>
/// </list>
/// </summary>
public sealed class PipelineStore(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables, IOptions<PipelineStorageOptions> options) : IDisposable
{
    private readonly PipelineStorageOptions _options = options.Value;
    private readonly StorageProvisioning _provisioning = new();

    public PipelineStorageOptions Options => _options;

    public BlobContainerClient Uploads => blobs.GetBlobContainerClient(_options.UploadsContainer);

    public BlobContainerClient Materials => blobs.GetBlobContainerClient(_options.MaterialsContainer);

    public BlobContainerClient LongText => blobs.GetBlobContainerClient(_options.LongTextContainer);

    public QueueClient AnalysisQueue => queues.GetQueueClient(_options.AnalysisQueue);

    public QueueClient PoisonQueue => queues.GetQueueClient(_options.PoisonQueue);

    public TableClient Status => Table("Status");

    public TableClient Submissions => Table("Submissions");

    public TableClient Documents => Table("Documents");

    public TableClient Sections => Table("Sections");

    public TableClient Held => Table("Held");

    public TableClient Findings => Table("Findings");

    public TableClient ProcessedKeys => Table("ProcessedKeys");

    public TableClient Poison => Table("Poison");

    /// <summary>The mail door's <c>MailMessages</c> table, read here by the office views (subjects, receipts); the mail door creates and writes it.</summary>
    public TableClient MailMessages => Table(Mail.MailTableNames.Messages);

    /// <summary>The mail door's <c>UploadReceipts</c> table, read here by the office views (receipts for link uploads); the mail door creates and writes it.</summary>
    public TableClient UploadReceipts => Table(Mail.MailTableNames.UploadReceipts);

    public TableClient ScanPages => Table("ScanPages");

    public TableClient Questionnaires => Table("Questionnaires");

    /// <summary>Creates whatever does not exist yet, once per process.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) =>
        _provisioning.EnsureCreatedAsync([Uploads, Materials, LongText], [AnalysisQueue, PoisonQueue],
            [Status, Submissions, Documents, Held, Sections, Findings, ProcessedKeys, Poison, ScanPages, Questionnaires], cancellationToken);

    public void Dispose() => _provisioning.Dispose();

    private TableClient Table(string name) => tables.GetTableClient(_options.TablePrefix + name);
}
