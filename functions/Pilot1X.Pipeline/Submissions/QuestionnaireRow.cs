using System.Text.Json;
using Azure.Data.Tables;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Pipeline.Blobs;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// The one mapper of the Questionnaires table: PK <c>questionnaire</c>, RK the questionnaire's header signature, so a
/// newer export of the same questionnaire replaces the older row. The answer groups (school, role, certificate as typed,
/// counted) are kept as JSON, in the row when short and in a blob otherwise, so the counts can be redone against any roster.
/// </summary>
public static class QuestionnaireRow
{
    public const string Partition = "questionnaire";

    public static async Task<TableEntity> ToEntityAsync(CountedExport export, string submissionId, LongTextStore longText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(longText);
        var row = new TableEntity(Partition, export.Export.Signature)
        {
            ["File"] = export.File,
            ["SubmissionId"] = submissionId,
            ["ReceivedAt"] = export.ReceivedAt,
            ["Answers"] = export.Export.Answers,
        };
        if (export.Export.LatestAnswerAt is { } latest)
        {
            row["LatestAnswerAt"] = latest;
        }

        if (export.Sender is { } sender)
        {
            row["Sender"] = sender;
        }

        await longText.KeepAsync(row, "Headers", JsonSerializer.Serialize(export.Export.Headers), $"questionnaires/{export.Export.Signature}/{submissionId}/headers.json", cancellationToken).ConfigureAwait(false);
        await longText.KeepAsync(row, "Groups", JsonSerializer.Serialize(export.Export.Groups), $"questionnaires/{export.Export.Signature}/{submissionId}/groups.json", cancellationToken).ConfigureAwait(false);
        return row;
    }

    public static async Task<CountedExport> FromEntityAsync(TableEntity row, LongTextStore longText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(longText);
        var headers = JsonSerializer.Deserialize<List<string>>(await longText.ReadAsync(row, "Headers", cancellationToken).ConfigureAwait(false) ?? "[]") ?? [];
        var groups = JsonSerializer.Deserialize<List<AnswerGroup>>(await longText.ReadAsync(row, "Groups", cancellationToken).ConfigureAwait(false) ?? "[]") ?? [];
        var export = new QuestionnaireExport(row.RowKey, headers, row.GetInt32("Answers") ?? groups.Sum(g => g.Count), groups, row.GetDateTimeOffset("LatestAnswerAt"));
        return new CountedExport(row.GetString("File") ?? string.Empty, export, row.GetString("Sender"), row.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue);
    }

    /// <summary>Whether <paramref name="candidate"/> is newer than the stored export of the same questionnaire (or none is stored).</summary>
    public static bool Replaces(CountedExport candidate, TableEntity? stored)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (stored is null)
        {
            return true;
        }

        var latest = candidate.Export.LatestAnswerAt ?? DateTimeOffset.MinValue;
        var storedLatest = stored.GetDateTimeOffset("LatestAnswerAt") ?? DateTimeOffset.MinValue;
        return latest != storedLatest ? latest > storedLatest : candidate.ReceivedAt >= (stored.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue);
    }
}
