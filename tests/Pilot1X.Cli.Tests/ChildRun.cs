namespace Pilot1X.Cli.Tests;

/// <summary>One run of the real <c>pilot1x</c> process, as measured from outside it.</summary>
/// <param name="PeakBytes">Peak resident memory (VmHWM) sampled while it ran.</param>
/// <param name="CpuTime">User plus system CPU time, sampled while it ran (to within the 20 ms sampling interval).</param>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
internal sealed record ChildRun(int ExitCode, string Stdout, long PeakBytes, TimeSpan CpuTime, TimeSpan Elapsed);
