using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Checking;

/// <summary>The time frame and bounds a check runs with.</summary>
/// <param name="Deadline">When materials are due (the notice: 2020-12-28, China Standard Time).</param>
/// <param name="AsOf">"Now" for lateness: loose files count as received at this time.</param>
/// <param name="Limits">How far one input may expand.</param>
public sealed record CheckOptions(DateTimeOffset Deadline, DateTimeOffset AsOf, IntakeLimits Limits)
{
    /// <summary>
    /// <see cref="AsOf"/> is when the input reached the office (the pipeline: the mailbox's arrival time or the upload
    /// time), so it also counts for the mails inside it; otherwise (a check of exported files) a mail counts as received
    /// at its own Date header, the only time it carries. A sender's Date can be wrong or backdated; an arrival cannot.
    /// </summary>
    public bool AsOfIsArrival { get; init; }

    /// <summary>How much work one stamped scan may cause.</summary>
    public ScanLimits Scans { get; init; } = ScanLimits.Default;

    /// <summary>
    /// The folders around an input are upload links (the pipeline's <c>uploads/{institution}/…</c>), not folders on disk:
    /// only changes how a held file's channel is described.
    /// </summary>
    public bool FoldersAreUploadLinks { get; init; }

    /// <summary>
    /// Loose page images of one institution with the same scan name are one scan even when they came in different
    /// inputs (the pipeline: one analysis sees the new upload together with the earlier pages of the same scan); a check
    /// of files on disk only puts together the pages of one folder.
    /// </summary>
    public bool PagesAcrossInputs { get; init; }

    /// <summary>China Standard Time: UTC+8 all year, no daylight saving.</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The notice's deadline: the end of 28 December 2020 in China.</summary>
    public static readonly DateTimeOffset DefaultDeadline = new(2020, 12, 28, 23, 59, 59, ChinaStandardTime);

    /// <summary>Defaults: the notice's deadline, as of the current time in CST.</summary>
    public static CheckOptions CreateDefault(TimeProvider? clock = null) =>
        new(DefaultDeadline, (clock ?? TimeProvider.System).GetUtcNow().ToOffset(ChinaStandardTime), IntakeLimits.Default);

    /// <summary>Calendar days in China Standard Time from <paramref name="asOf"/>'s day to <paramref name="deadline"/>'s day; negative once past.</summary>
    public static int DaysLeft(DateTimeOffset asOf, DateTimeOffset deadline) =>
        DateOnly.FromDateTime(deadline.ToOffset(ChinaStandardTime).DateTime).DayNumber
        - DateOnly.FromDateTime(asOf.ToOffset(ChinaStandardTime).DateTime).DayNumber;
}
