namespace Pilot1X.Core.Scans;

/// <summary>Whether a scan shows a red official seal (公章); a grayscale or bilevel scan cannot show red, so it is <see cref="Undetermined"/>, never "missing".</summary>
public enum SealStatus
{
    Found,
    NotFound,
    Undetermined,
}
