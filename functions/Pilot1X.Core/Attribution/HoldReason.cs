namespace Pilot1X.Core.Attribution;

/// <summary>Why a file was held for the office instead of being filed for the institution its name points to.</summary>
public enum HoldReason
{
    /// <summary>It came through one institution's upload link (or folder) but its name points to another.</summary>
    NamesAnotherInstitution,
    /// <summary>A mail from an address that is not the named institution's contact would replace that institution's current version.</summary>
    ReplacesWithoutAuthority,
}
