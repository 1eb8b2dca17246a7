namespace Pilot1X.Core.Roster;

/// <summary>办学层次.</summary>
public enum SchoolLevel
{
    Unknown,
    /// <summary>中职.</summary>
    Secondary,
    /// <summary>高职.</summary>
    Higher,
    /// <summary>本科.</summary>
    Undergraduate,
}
