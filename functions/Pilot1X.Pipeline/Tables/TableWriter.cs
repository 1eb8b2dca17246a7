using System.Globalization;
using Azure.Data.Tables;

namespace Pilot1X.Pipeline.Tables;

/// <summary>
/// Writes rows through entity group transactions that Azure accepts: one partition per batch, at most 100 operations
/// and 4 MiB, every entity checked against <see cref="TableLimits"/> first. Rows are written with
/// <see cref="TableUpdateMode.Replace"/>: a re-analysis rewrites a row whole, so no property of an older result survives.
/// </summary>
public static class TableWriter
{
    public static async Task UpsertAllAsync(TableClient table, IEnumerable<ITableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var batch in Plan(entities, table.Name))
        {
            await table.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)),
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Groups the entities into batches Azure accepts (validated); exposed for tests.</summary>
    public static IReadOnlyList<IReadOnlyList<ITableEntity>> Plan(IEnumerable<ITableEntity> entities, string table)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var batches = new List<IReadOnlyList<ITableEntity>>();
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var current = new List<ITableEntity>();
            var bytes = 0;
            foreach (var entity in partition)
            {
                var size = TableLimits.Validate(entity, table);
                if (!seen.Add(entity.RowKey))
                {
                    throw new TableLimitException(string.Create(CultureInfo.InvariantCulture,
                        $"表“{table}”的同一批写入中 RowKey“{entity.RowKey}”出现了两次；Azure 会拒绝整批写入。"));
                }

                // Sizes are Azure's UTF-16 accounting; on the wire Chinese is 3 bytes of UTF-8 plus JSON names and
                // type annotations, so half the 4 MiB payload limit leaves room for both.
                if (current.Count == TableLimits.MaxBatchOperations || bytes + size > TableLimits.MaxBatchBytes / 2)
                {
                    batches.Add(current);
                    current = [];
                    bytes = 0;
                }

                current.Add(entity);
                bytes += size;
            }

            if (current.Count > 0)
            {
                batches.Add(current);
            }
        }

        return batches;
    }
}
