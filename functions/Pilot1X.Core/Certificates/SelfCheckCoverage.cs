namespace Pilot1X.Core.Certificates;

/// <summary>Whether the summary report's section 四 (自查自查结果) speaks of one certificate; contract values in brackets.</summary>
public enum SelfCheckCoverage
{
    /// <summary>Section 四 names it (<c>covered</c>).</summary>
    Covered,

    /// <summary>Section 四 does not name it (<c>not_covered</c>).</summary>
    NotCovered,

    /// <summary>No readable Word version of the summary report has arrived (<c>no_report</c>).</summary>
    NoReport,
}
