using Pilot1X.Core.Checking;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>What the engine made of one submission, with the earlier scan pages it was judged together with.</summary>
/// <param name="Report">The finished check.</param>
/// <param name="Inputs">The examined inputs the report was finished from.</param>
/// <param name="Earlier">Pages of the same scans sent before, analysed again with this submission.</param>
public sealed record SubmissionExamination(CheckReport Report, ExaminedInputs Inputs, IReadOnlyList<EarlierScanPage> Earlier)
{
    /// <summary>The loose page images this submission brought; those sent before are kept already.</summary>
    public IEnumerable<LooseScanPage> NewPages
    {
        get
        {
            var earlierFiles = Earlier.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
            return Inputs.LoosePages.Where(p => !earlierFiles.Contains(p.File));
        }
    }
}
