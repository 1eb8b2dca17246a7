using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// Stores the questionnaire exports the office sent (an upload not made through an institution's upload link, or a mail
/// from the office address); a newer export of the same questionnaire replaces the stored one. A school's copy is
/// not the office's data and is not counted.
/// </summary>
public sealed class QuestionnaireKeeper(
    PipelineStore store,
    InstitutionRoster roster,
    IOptions<OfficeOptions> office,
    LongTextStore longText,
    ILogger<QuestionnaireKeeper> logger)
{
    public async Task KeepAsync(AnalysisRequest request, CheckReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var export in report.Questionnaires?.Exports ?? [])
        {
            var fromOffice = export.Sender is { } sender
                ? string.Equals(sender, office.Value.OfficeAddress, StringComparison.OrdinalIgnoreCase)
                : roster.Find(request.Institution) is null;
            if (!fromOffice)
            {
                logger.LogInformation("Questionnaire export {File} of submission {SubmissionId} did not come from the office; not counted", export.File, request.SubmissionId);
                continue;
            }

            var stored = await store.Questionnaires.GetEntityIfExistsAsync<TableEntity>(QuestionnaireRow.Partition, export.Export.Signature, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (QuestionnaireRow.Replaces(export, stored.HasValue ? stored.Value : null))
            {
                var row = await QuestionnaireRow.ToEntityAsync(export, request.SubmissionId, longText, cancellationToken).ConfigureAwait(false);
                await store.Questionnaires.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
