using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Testing;

/// <summary>Stores an institution's documents as the analyser writes them and recomputes its status row, without analysing real files.</summary>
public static class StatusSeed
{
    public static async Task SeedAsync(PipelineStore store, InstitutionStatusStore statuses, Institution institution, (MaterialKind Kind, bool Word)[] files, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(files);
        await store.EnsureCreatedAsync(CancellationToken.None);
        var rows = files.Select((f, i) =>
        {
            var file = $"{institution.Name}/{f.Kind}{i}.{(f.Word ? "docx" : "pdf")}";
            var document = new DocumentReport(file, f.Kind, f.Word ? FileFormat.Docx : FileFormat.Pdf)
            {
                Evidence = new MaterialEvidence(f.Kind, f.Word, HasError: false, file, receivedAt, string.Empty),
            };
            return StoredDocumentRow.EntityOf(institution.Name, "s" + i, document, null, null);
        });
        await TableWriter.UpsertAllAsync(store.Documents, [.. rows], CancellationToken.None);
        await statuses.RecomputeAsync(institution, CancellationToken.None);
    }

    /// <summary>Every material of the notice in both versions: a complete institution.</summary>
    public static (MaterialKind, bool)[] Complete { get; } =
        [(MaterialKind.Summary, true), (MaterialKind.Summary, false), (MaterialKind.Evaluation, true), (MaterialKind.Evaluation, false)];
}
