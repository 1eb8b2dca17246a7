using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Tests.Certificates;

public sealed class CertificateReportTests
{
    [Theory]
    [InlineData(5, 10, true)]
    [InlineData(4, 30, false)]
    [InlineData(9, 9, false)]
    [InlineData(0, 0, false)]
    public void Quota_is_met_with_five_teachers_and_ten_students(int teachers, int students, bool met)
    {
        var report = new CertificateReport("物流管理", CertificateEvaluation.Graded, CertificateGrades.Pass, SelfCheckCoverage.Covered)
        {
            Teachers = teachers,
            Students = students,
        };

        Assert.Equal(met, report.QuotaMet);
    }

    [Fact]
    public void Grades_needing_attention_are_rectify_and_revocation()
    {
        Assert.Equal(["优秀", "合格", "整改", "建议取消试点资格"], CertificateGrades.All);
        Assert.True(CertificateGrades.NeedsAttention("整改"));
        Assert.True(CertificateGrades.NeedsAttention("建议取消试点资格"));
        Assert.False(CertificateGrades.NeedsAttention("合格"));
        Assert.False(CertificateGrades.NeedsAttention(null));
    }
}
