using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pilot1X.Core.Archives;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Email;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Checking;

/// <summary>
/// The validation engine behind <c>pilot1x check</c>, the local pipeline and the Functions app: takes received
/// files, decides for each which institution and material it is and whether it is valid, and for every roster
/// institution whether it is complete.
/// </summary>
public sealed class CheckEngine(InstitutionRoster roster, CheckOptions options, ILogger<CheckEngine>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public CheckReport Run(IEnumerable<CheckInput> inputs, CancellationToken cancellationToken = default) =>
        Run(inputs, null, cancellationToken);

    /// <summary>Checks, and keeps the bytes of every material in <paramref name="kept"/> for filing afterwards.</summary>
    public CheckReport Run(IEnumerable<CheckInput> inputs, KeptContents? kept, CancellationToken cancellationToken = default) =>
        Examine(inputs, kept, cancellationToken).Finish(PriorFilings.None);

    /// <summary>Reads, attributes and classifies every file; <see cref="ExaminedInputs.Finish"/> then files them.</summary>
    public ExaminedInputs Examine(IEnumerable<CheckInput> inputs, KeptContents? kept, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var inspector = new FileInspector(new OutlineExtractor(options.Limits.Office), new OutlineValidator(), new ScanAnalyzer(options.Scans), options.Limits);
        var walker = new IntakeWalker(inspector, new EmailReader(options.Limits), new ArchiveReader(), options, _logger, kept);
        foreach (var input in inputs)
        {
            walker.Walk(input, cancellationToken);
        }

        var items = walker.Items;
        var matcher = new RosterMatcher(roster);
        var resolver = new InstitutionResolver(matcher);
        items.ForEach(resolver.Resolve);
        VersionLedger.MarkDuplicates(items);

        var folded = ScanAssembler.GroupPages(items, options.PagesAcrossInputs);
        var live = items.Where(i => !folded.Contains(i)).ToList();
        ScanAssembler.InferKinds(live);
        return new ExaminedInputs(roster, options, matcher, live, walker.Ignored) { Pages = [.. items.Where(i => i is { ScanPage: not null, IsDuplicate: false, IsContainerProblem: false })] };
    }
}
