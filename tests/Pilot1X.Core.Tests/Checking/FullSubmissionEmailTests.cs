using Pilot1X.Core.Reporting;
using Pilot1X.Core.Scans;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

/// <summary>Guards the benchmark's input: a realistic full submission that the engine judges complete.</summary>
public sealed class FullSubmissionEmailTests
{
    [Fact]
    public void A_full_six_megabyte_submission_email_makes_its_institution_complete_with_both_seals_found()
    {
        var email = BenchmarkSubmissions.FullSubmissionEmail("湖北交通职业技术学院");

        var report = EngineHarness.Check(("inbox/01.eml", email));

        Assert.InRange(email.Length, 4_500_000, 8_000_000);
        var school = report.Institution("湖北交通职业技术学院");
        Assert.True(school.Complete, string.Join("\n", school.Findings.Select(f => f.Message)));
        Assert.Equal(5, school.Documents.Count);
        Assert.All(school.Documents.Where(d => d.Pages is not null), d => Assert.Equal((3, SealStatus.Found), (d.Pages!.Value, d.Seal!.Value)));
        Assert.Equal(MaterialState.Ok, school.Materials.Single(m => m.Kind == Core.Materials.MaterialKind.Case).Word);
    }
}
