using Pilot1X.Core.Checking;

namespace Pilot1X.Storage.Options;

/// <summary>
/// How submissions are judged: the roster and the deadline (the notice's, unless the office moves it). Bound from the
/// <c>Pilot1X</c> section: <c>Pilot1X__Deadline</c> and <c>Pilot1X__RosterBlob</c> are app settings of the deployment
/// (infra/app-settings.json); <c>RosterPath</c> is what <c>pilot1x run --roster</c> sets locally.
/// </summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Pilot1X";

    /// <summary>A roster blob (<c>{container}/{name}</c>, .xlsx or .csv) in the pipeline's storage account.</summary>
    public string? RosterBlob { get; set; }

    /// <summary>A roster file on disk (.xlsx or .csv); takes precedence over <see cref="RosterBlob"/>.</summary>
    public string? RosterPath { get; set; }

    /// <summary>When materials are due.</summary>
    public DateTimeOffset Deadline { get; set; } = CheckOptions.DefaultDeadline;
}
