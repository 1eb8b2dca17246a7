namespace Pilot1X.Core.Tests.Archives;

/// <summary>Tests that measure process memory run alone, so other tests' allocations do not blur the figures.</summary>
[CollectionDefinition(nameof(MemoryMeasurementGroup), DisableParallelization = true)]
public sealed class MemoryMeasurementGroup;
