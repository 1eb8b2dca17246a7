namespace Pilot1X.Pipeline.Options;

/// <summary>
/// Which roster submissions are judged against. Bound from the <c>Pilot1X</c> section: <c>Pilot1X__RosterBlob</c> is an app
/// setting of the deployment (infra/app-settings.json); <c>RosterPath</c> is what <c>pilot1x … --roster</c> sets locally.
/// </summary>
public sealed class RosterOptions
{
    public const string SectionName = "Pilot1X";

    /// <summary>Where <c>pilot1x run --roster</c> stores the roster when <see cref="RosterBlob"/> is not set, and where the app then looks.</summary>
    public const string DefaultBlob = "materials/名单/试点院校名单";

    /// <summary>A roster blob (<c>{container}/{name}</c>, .xlsx or .csv) in the pipeline's storage account.</summary>
    public string? RosterBlob { get; set; }

    /// <summary>A roster file on disk (.xlsx or .csv); takes precedence over the stored roster.</summary>
    public string? RosterPath { get; set; }

    /// <summary>The blob the roster is stored in and read from: the configured one, else <see cref="DefaultBlob"/>.</summary>
    public string StoredBlob => string.IsNullOrWhiteSpace(RosterBlob) ? DefaultBlob : RosterBlob.Trim('/');
}
