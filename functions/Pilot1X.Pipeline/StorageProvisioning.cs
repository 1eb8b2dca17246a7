using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Pilot1X.Pipeline;

/// <summary>
/// Creates a store's containers, queues and tables the first time they are needed, once per process: concurrent first
/// callers wait for one creation instead of each sending their own round of create requests.
/// </summary>
public sealed class StorageProvisioning : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public async Task EnsureCreatedAsync(IEnumerable<BlobContainerClient> containers, IEnumerable<QueueClient> queues, IEnumerable<TableClient> tables,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containers);
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(tables);
        if (_created)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_created)
            {
                return;
            }

            foreach (var container in containers)
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            foreach (var queue in queues)
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            foreach (var table in tables)
            {
                await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            }

            _created = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
