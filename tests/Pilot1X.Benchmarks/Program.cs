using BenchmarkDotNet.Running;
using Pilot1X.Benchmarks;

// Run with: dotnet run -c Release --project tests/Pilot1X.Benchmarks -- --filter '*'
// On a shared machine, compare CPU time of interleaved rounds instead:
//   dotnet run -c Release --project tests/Pilot1X.Benchmarks -- --cpu OutlineExtractionBenchmark.ExtractAndValidateEvaluationReport OutlineExtractionBenchmark.ExtractValidateAndReadCertificates
if (args is ["--cpu", .. var names])
{
    CpuTimeRunner.Run(names);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
