namespace Pilot1X.Infra.Tests.Support;

/// <summary>What one Bicep CLI run produced; diagnostics are the lines of standard error.</summary>
internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<string> Diagnostics { get; } =
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> Errors => Diagnostics.Where(line => line.Contains(" : Error ", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<string> Warnings => Diagnostics.Where(line => line.Contains(" : Warning ", StringComparison.Ordinal)).ToList();
}
