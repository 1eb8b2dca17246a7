using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// Runs the check engine on one submission as the pipeline sees it: the folder is the upload link, the submission counts
/// as received when it arrived, loose scan pages sent before are judged with it, and what the named institutions already
/// have decides who may replace it.
/// </summary>
public sealed class SubmissionExaminer(
    InstitutionRoster roster,
    IOptions<OfficeOptions> office,
    InstitutionStatusStore statuses,
    ScanPageStore scanPages,
    ILoggerFactory loggers)
{
    public async Task<SubmissionExamination> ExamineAsync(AnalysisRequest request, CheckInput input, KeptContents kept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checkOptions = new CheckOptions(office.Value.Deadline, request.ReceivedAt, IntakeLimits.Default) { AsOfIsArrival = true, FoldersAreUploadLinks = true, PagesAcrossInputs = true };
        var examined = new CheckEngine(roster, checkOptions, loggers.CreateLogger<CheckEngine>()).Examine([input], kept, cancellationToken);
        var earlier = await scanPages.EarlierAsync(request.SubmissionId, request.ReceivedAt, examined.LoosePages, cancellationToken).ConfigureAwait(false);
        if (earlier.Count > 0)
        {
            // Pages of the same scan sent before (another upload, another mail) are analysed again with this one, so the
            // scan is judged whole; it counts as received when its last page came, which makes it the current version.
            checkOptions = checkOptions with { AsOf = ScanArrival(request.ReceivedAt, earlier) };
            IEnumerable<CheckInput> inputs = [.. earlier.Select(p => new CheckInput(p.File, () => new MemoryStream(p.Content.ToArray(), writable: false), [p.Institution])), input];
            examined = new CheckEngine(roster, checkOptions, loggers.CreateLogger<CheckEngine>()).Examine(inputs, kept, cancellationToken);
        }

        var report = examined.Finish(await PriorFilingsAsync(request, examined.Named, cancellationToken).ConfigureAwait(false));
        return new SubmissionExamination(report, examined, earlier);
    }

    /// <summary>
    /// When a scan put together from pages counts as received: when its last page came. A page that came later than this
    /// submission but was analysed first already made a version at its own time; this one, with more pages, is a moment newer.
    /// </summary>
    private static DateTimeOffset ScanArrival(DateTimeOffset receivedAt, IReadOnlyList<EarlierScanPage> earlier)
    {
        var last = earlier.Max(p => p.ReceivedAt);
        return last > receivedAt ? last.AddMilliseconds(1) : receivedAt;
    }

    /// <summary>
    /// Who sent the current versions of the institutions the file names, so the filing rule can tell whether it would replace
    /// someone else's. This submission's own rows (left by an interrupted earlier attempt) are not a prior version of it.
    /// </summary>
    private async Task<PriorFilings> PriorFilingsAsync(AnalysisRequest request, IReadOnlyList<Institution> named, CancellationToken cancellationToken)
    {
        var stored = new List<(string, IReadOnlyList<MaterialEvidence>)>();
        foreach (var institution in named)
        {
            var rows = await statuses.LoadEvidenceRowsAsync(TableKey.Encode(institution.Name), cancellationToken).ConfigureAwait(false);
            stored.Add((institution.Name, [.. rows.Where(r => !string.Equals(r.Document.SubmissionId, request.SubmissionId, StringComparison.Ordinal)).Select(r => r.Evidence!)]));
        }

        return PriorFilings.From(stored);
    }
}
