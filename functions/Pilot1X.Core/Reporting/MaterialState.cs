namespace Pilot1X.Core.Reporting;

/// <summary>The contract's state of one version (Word or scan) of a material.</summary>
public enum MaterialState
{
    Missing,
    Ok,
    /// <summary>Present, but with an error finding.</summary>
    Invalid,
    /// <summary>Word only: a .doc/.wps received whose outline cannot be checked; it counts as present.</summary>
    Unchecked,
}
