namespace Pilot1X.Core.Findings;

/// <summary>How much a finding matters; serialised in lower case (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
