using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>A finding with the institution it belongs to (null for a file nobody could be found for): one line of 问题清单.</summary>
public sealed record OfficeFinding(string? Institution, Finding Finding);
