using Azure.Data.Tables;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>What the rows one analysed submission writes share: the document key and compaction (the rows themselves: <see cref="StoredDocumentRow"/>, <see cref="HeldRow"/>, <see cref="FindingRow"/>).</summary>
internal static class SubmissionRows
{
    public static string DocumentKey(string submissionId, string file) => TableKey.Encode(submissionId + "|" + file);

    /// <summary>Null properties are simply absent in Table storage; dropping them keeps Replace semantics exact.</summary>
    public static TableEntity Compact(TableEntity row)
    {
        foreach (var key in row.Keys.Where(k => row[k] is null).ToList())
        {
            row.Remove(key);
        }

        return row;
    }
}
