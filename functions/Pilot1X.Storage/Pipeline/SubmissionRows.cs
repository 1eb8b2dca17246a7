using System.Globalization;
using Azure.Data.Tables;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Storage.Tables;

namespace Pilot1X.Storage.Pipeline;

/// <summary>The rows one analysed submission writes: its documents (with completeness evidence) and the files held for the office (its findings: <see cref="FindingRow"/>).</summary>
internal static class SubmissionRows
{
    public static string DocumentKey(string submissionId, string file) => TableKey.Encode(submissionId + "|" + file);

    public static TableEntity Document(string institution, string submissionId, DocumentReport document, string? filedBlob, string? originalBlob)
    {
        var row = new TableEntity(TableKey.Encode(institution), DocumentKey(submissionId, document.File))
        {
            ["SubmissionId"] = submissionId,
            ["File"] = document.File,
            ["Kind"] = ContractNames.Of(document.Kind),
            ["Format"] = ContractNames.Of(document.Format),
            ["Status"] = document.Status,
            ["ContentHash"] = document.ContentHash,
            ["Chars"] = document.Chars,
            ["Images"] = document.Images,
            ["CaptionedImages"] = document.CaptionedImages,
            ["Pages"] = document.Pages,
            ["Seal"] = document.Seal is { } seal ? ContractNames.Of(seal) : null,
            ["PageFiles"] = document.PageFiles is { } pages ? TableLimits.Shorten(string.Join('\n', pages)) : null,
            ["Sections"] = document.Sections?.Count,
            ["TemplateSections"] = TemplateSections(document),
            ["FiledBlob"] = filedBlob,
            ["OriginalBlob"] = originalBlob,
            ["HasEvidence"] = document.Evidence is not null,
            [CertificateEvidenceColumn.Name] = CertificateEvidenceColumn.Write(document.Certificates),
        };
        if (document.Evidence is { } evidence)
        {
            row["EvidenceKind"] = ContractNames.Of(evidence.Kind);
            row["IsWord"] = evidence.IsWord;
            row["HasError"] = evidence.HasError;
            row["Unchecked"] = evidence.Unchecked;
            row["ReceivedAt"] = evidence.ReceivedAt;
            row["VersionKey"] = evidence.VersionKey;
            row["SubmittedBy"] = evidence.Submitter;
        }

        return Compact(row);
    }

    /// <summary>A file held for the office (<see cref="HeldRow"/> reads it back): under the institution it names, counted for none.</summary>
    public static TableEntity Held(string submissionId, UnassignedFile file, DateTimeOffset receivedAt, string? originalBlob)
    {
        var held = file.Held ?? throw new ArgumentException("Only a held file has a held row.", nameof(file));
        var finding = file.Findings.FirstOrDefault(f => f.Code == FindingCode.InstitutionMismatch);
        return Compact(new TableEntity(TableKey.Encode(held.Named), DocumentKey(submissionId, file.File))
        {
            ["SubmissionId"] = submissionId,
            ["File"] = TableLimits.Shorten(file.File),
            ["Named"] = held.Named,
            ["Kind"] = ContractNames.Of(held.Kind),
            ["IsWord"] = held.IsWord,
            ["Channel"] = held.Channel.Kind.ToString(),
            ["LinkInstitution"] = held.Channel.Institution,
            ["Sender"] = held.Channel.Sender is { } sender ? TableLimits.Shorten(sender) : null,
            ["Reason"] = held.Reason.ToString(),
            ["CurrentSubmitter"] = held.CurrentSubmitter is { } current ? TableLimits.Shorten(current) : null,
            ["ReceivedAt"] = receivedAt,
            ["OriginalBlob"] = originalBlob,
            ["Message"] = finding is null ? null : TableLimits.Shorten(finding.Message),
        });
    }

    /// <summary>The template sections (1-based) the outline matched, as "1,2,4"; null for a document without an outline.</summary>
    private static string? TemplateSections(DocumentReport document) => document.Sections is { } sections
        ? string.Join(',', sections.Where(s => s.Template is not null).Select(s => s.Template!.Value).Distinct().Order()
            .Select(t => t.ToString(CultureInfo.InvariantCulture)))
        : null;

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
