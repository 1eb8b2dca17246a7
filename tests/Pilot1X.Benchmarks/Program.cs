using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/Pilot1X.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
