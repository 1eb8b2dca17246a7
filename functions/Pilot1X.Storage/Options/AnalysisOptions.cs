using Pilot1X.Core.Checking;

namespace Pilot1X.Storage.Options;

/// <summary>How submissions are judged: the roster and the deadline (the notice's, unless the office moves it).</summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Pilot1X:Analysis";

    /// <summary>A roster file (.xlsx or .csv); empty means the 25 sampled institutions of 附件2.</summary>
    public string? RosterPath { get; set; }

    /// <summary>When materials are due.</summary>
    public DateTimeOffset Deadline { get; set; } = CheckOptions.DefaultDeadline;
}
