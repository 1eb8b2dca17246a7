using Azure.Data.Tables;

namespace Pilot1X.Testing;

/// <summary>Reads a whole table, for assertions on what a stage wrote.</summary>
public static class TableRows
{
    public static async Task<List<TableEntity>> AllAsync(TableClient table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }
}
