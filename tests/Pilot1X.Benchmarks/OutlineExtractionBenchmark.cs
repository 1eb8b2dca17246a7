using BenchmarkDotNet.Attributes;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Word;
using Pilot1X.Samples;

namespace Pilot1X.Benchmarks;

/// <summary>Outline extraction of a realistic 20-page summary report (~90 KB document.xml, ~40 KB .docx); target ≤ 1 ms.</summary>
[MemoryDiagnoser]
public class OutlineExtractionBenchmark
{
    private readonly OutlineExtractor extractor = new();
    private readonly OutlineValidator validator = new();
    private byte[] docx = [];

    [GlobalSetup]
    public void Setup() => docx = WordSamples.TwentyPageReport();

    [Benchmark]
    public WordOutline ExtractTwentyPageReport()
    {
        using var stream = new MemoryStream(docx, writable: false);
        return extractor.Extract(stream);
    }

    [Benchmark]
    public OutlineCheck ExtractAndValidateTwentyPageReport()
    {
        using var stream = new MemoryStream(docx, writable: false);
        return validator.Validate(MaterialKind.Summary, extractor.Extract(stream), "report.docx");
    }
}
