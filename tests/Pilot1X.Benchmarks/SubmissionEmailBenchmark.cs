using BenchmarkDotNet.Attributes;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Benchmarks;

/// <summary>
/// The intake hot path end to end: parse one ~6 MB submission email (3 .docx, 2 scan PDFs of 3 A4 pages each),
/// attribute, validate the outlines and detect the seals. Target: median under 150 ms.
/// Run: dotnet run -c Release --project tests/Pilot1X.Benchmarks -- --filter '*SubmissionEmail*'
/// </summary>
[MemoryDiagnoser]
public class SubmissionEmailBenchmark
{
    private const string School = "湖北交通职业技术学院";
    private byte[] _email = [];
    private InstitutionRoster _roster = DefaultRoster.Create();
    private CheckOptions _options = CheckOptions.CreateDefault();

    [GlobalSetup]
    public void Setup()
    {
        _email = BenchmarkSubmissions.FullSubmissionEmail(School);
        _roster = DefaultRoster.Create();
        _options = new CheckOptions(CheckOptions.DefaultDeadline, CheckOptions.DefaultDeadline.AddDays(-2), IntakeLimits.Default);
        Console.WriteLine($"// submission email: {_email.Length / 1024.0 / 1024.0:F1} MB");
    }

    [Benchmark]
    public CheckReport CheckOneSubmissionEmail()
    {
        var input = new CheckInput("inbox/01.eml", () => new MemoryStream(_email, writable: false), []);
        return new CheckEngine(_roster, _options).Run([input]);
    }
}
