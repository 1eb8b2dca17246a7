namespace Pilot1X.Core.Reporting.Office;

/// <summary>The three answers the office wants per institution, each with its own colour in the workbook.</summary>
public enum OfficeStatus
{
    /// <summary>齐全: every material it owes has a valid Word version and a valid scan.</summary>
    Complete,
    /// <summary>未齐全: something arrived, something is still missing or invalid.</summary>
    Incomplete,
    /// <summary>未交: nothing at all received.</summary>
    NothingReceived,
}
