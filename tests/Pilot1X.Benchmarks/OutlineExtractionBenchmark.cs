using BenchmarkDotNet.Attributes;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Word;
using Pilot1X.Samples;

namespace Pilot1X.Benchmarks;

/// <summary>
/// Outline extraction of a realistic 20-page summary report (~90 KB document.xml, ~40 KB .docx); target ≤ 1 ms.
/// The coverage variant also reads what it says of five roster certificates (three named in it) as an evaluation report:
/// coverage and grades must add ≤ 10 % to extraction and validation.
/// </summary>
[MemoryDiagnoser]
public class OutlineExtractionBenchmark
{
    private readonly OutlineExtractor extractor = new();
    private readonly OutlineValidator validator = new();
    private readonly CertificateMatcher certificates = new(
        [.. new[] { "Web前端开发", "物流管理", "建筑信息模型（BIM）", "电子商务数据分析", "网店运营推广" }.Select(PilotCertificate.Named)]);

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

    [Benchmark]
    public OutlineCheck ExtractAndValidateEvaluationReport()
    {
        using var stream = new MemoryStream(docx, writable: false);
        return validator.Validate(MaterialKind.Evaluation, extractor.Extract(stream), "report.docx");
    }

    [Benchmark]
    public IReadOnlyList<CertificateEvidence> ExtractValidateAndReadCertificates()
    {
        using var stream = new MemoryStream(docx, writable: false);
        var outline = extractor.Extract(stream);
        var check = validator.Validate(MaterialKind.Evaluation, outline, "report.docx");
        return CertificateReader.Read(MaterialKind.Evaluation, outline, [.. check.Sections.Select(s => s.Template)], certificates);
    }
}
