using Pilot1X.Core.Attribution;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Checking;

/// <summary>
/// A check halfway: every file read, attributed by name and classified, but nothing filed yet. The pipeline looks up
/// what the named institutions already have (<see cref="PriorFilings"/>) before <see cref="Finish"/> decides, with
/// <see cref="FilingAuthority"/>, which files may be filed; <c>pilot1x check</c> finishes at once with none.
/// </summary>
public sealed class ExaminedInputs
{
    private readonly InstitutionRoster _roster;
    private readonly CheckOptions _options;
    private readonly RosterMatcher _matcher;
    private readonly List<ReceivedItem> _live;
    private readonly IReadOnlyList<IgnoredInput> _ignored;
    private bool _finished;

    internal ExaminedInputs(InstitutionRoster roster, CheckOptions options, RosterMatcher matcher, List<ReceivedItem> live, IReadOnlyList<IgnoredInput> ignored)
    {
        _roster = roster;
        _options = options;
        _matcher = matcher;
        _live = live;
        _ignored = ignored;
    }

    /// <summary>The institutions the files point to: those whose current versions decide who may replace them.</summary>
    public IReadOnlyList<Institution> Named =>
        [.. _live.Where(i => i.IsMaterial).Select(i => i.Institution).OfType<Institution>().Distinct()];

    /// <summary>
    /// The loose page images met (before <see cref="Finish"/>: as attributed by name; after it: as filed), each with the
    /// scan it now belongs to. Pages of a scan that counts for no institution (unknown, held) are left out.
    /// </summary>
    public IReadOnlyList<LooseScanPage> LoosePages =>
        [.. Pages.Select(p => (Page: p, Scan: p.FoldedInto ?? p))
            .Where(x => x.Scan is { Institution: not null, IsScan: true })
            .Select(x => new LooseScanPage(x.Scan.Institution!.Name, x.Page.ScanPage!.Value.Key, x.Page.ScanPage!.Value.Page,
                x.Page.DisplayPath, x.Page.FileName, x.Page.ContentHash, x.Scan.DisplayPath))];

    /// <summary>Every loose page image of the check, folded into another page's scan or not.</summary>
    internal IReadOnlyList<ReceivedItem> Pages { get; init; } = [];

    public CheckReport Finish(PriorFilings prior)
    {
        ArgumentNullException.ThrowIfNull(prior);
        if (_finished)
        {
            throw new InvalidOperationException("A check is finished once.");
        }

        _finished = true;
        new FilingGate(_matcher, _options.FoldersAreUploadLinks).Apply(_live, prior);
        VersionLedger.MarkSuperseded(_live);
        foreach (var item in _live.Where(i => i is { IsScan: true, IsDuplicate: false, IsSuperseded: false }))
        {
            ScanAssembler.ReportSeal(item);
        }

        _live.ForEach(new CertificateInspector().Inspect);
        _live.ForEach(NamingInspector.Inspect);
        return ReportBuilder.Build(_roster, _options, _live, _ignored, _matcher);
    }
}
