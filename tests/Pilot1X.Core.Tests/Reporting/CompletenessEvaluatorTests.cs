using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Reporting;

public sealed class CompletenessEvaluatorTests
{
    private static readonly Institution Sampled = new("武汉工程大学", [], true, [], [], SchoolLevel.Undergraduate);
    private static readonly Institution NotSampled = new("某某职业学院", [], false, [], [], SchoolLevel.Higher);
    private static readonly DateTimeOffset Day = new(2020, 12, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private static MaterialEvidence Word(MaterialKind kind, bool error = false, int hour = 0, string key = "") =>
        new(kind, true, error, $"{kind}-{hour}.docx", Day.AddHours(hour), key);

    private static MaterialEvidence Scan(MaterialKind kind, bool error = false, int hour = 0, string key = "") =>
        new(kind, false, error, $"{kind}-{hour}.pdf", Day.AddHours(hour), key);

    [Fact]
    public void A_sampled_institution_owes_summary_and_evaluation_in_word_and_scan()
    {
        var result = CompletenessEvaluator.Evaluate(Sampled, [Word(MaterialKind.Summary), Scan(MaterialKind.Summary)]);

        Assert.False(result.Complete);
        var evaluation = Assert.Single(result.Materials, m => m.Kind == MaterialKind.Evaluation);
        Assert.True(evaluation.Required);
        Assert.Equal(MaterialState.Missing, evaluation.Word);
        Assert.Equal(2, result.Missing.Count(f => f.Code == FindingCode.MaterialMissing));
        Assert.All(result.Missing, f => Assert.Contains("武汉工程大学1+X证书制度试点工作评价报告", f.Suggestion, StringComparison.Ordinal));
    }

    [Fact]
    public void An_institution_not_sampled_is_complete_with_the_summary_alone()
    {
        var result = CompletenessEvaluator.Evaluate(NotSampled, [Word(MaterialKind.Summary), Scan(MaterialKind.Summary)]);

        Assert.True(result.Complete);
        Assert.DoesNotContain(result.Materials, m => m.Kind == MaterialKind.Evaluation);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void A_word_version_with_an_error_is_invalid_not_ok()
    {
        var result = CompletenessEvaluator.Evaluate(NotSampled, [Word(MaterialKind.Summary, error: true), Scan(MaterialKind.Summary)]);

        Assert.False(result.Complete);
        Assert.Equal(MaterialState.Invalid, result.Materials[0].Word);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void The_newest_version_counts_so_a_corrected_resubmission_clears_the_error()
    {
        var result = CompletenessEvaluator.Evaluate(NotSampled,
            [Word(MaterialKind.Summary, error: true, hour: 1), Word(MaterialKind.Summary, hour: 5), Scan(MaterialKind.Summary)]);

        Assert.True(result.Complete);
        Assert.Equal(["Summary-5.docx", "Summary-0.pdf"], result.Materials[0].Files);
    }

    [Fact]
    public void A_case_sent_with_an_invalid_word_version_makes_the_institution_incomplete()
    {
        var result = CompletenessEvaluator.Evaluate(NotSampled,
            [Word(MaterialKind.Summary), Scan(MaterialKind.Summary), Word(MaterialKind.Case, error: true, key: "案例一")]);

        Assert.False(result.Complete);
        var cases = Assert.Single(result.Materials, m => m.Kind == MaterialKind.Case);
        Assert.False(cases.Required);
        Assert.Equal(MaterialState.Invalid, cases.Word);
    }

    [Fact]
    public void Two_different_cases_both_count_and_a_case_needs_no_scan()
    {
        var result = CompletenessEvaluator.Evaluate(NotSampled,
            [Word(MaterialKind.Summary), Scan(MaterialKind.Summary), Word(MaterialKind.Case, key: "案例一", hour: 1), Word(MaterialKind.Case, key: "案例二", hour: 2)]);

        Assert.True(result.Complete);
        Assert.Equal(2, result.Materials.Single(m => m.Kind == MaterialKind.Case).Files.Count);
    }

    [Fact]
    public void A_case_scan_without_its_word_version_is_reported_missing()
    {
        var result = CompletenessEvaluator.Evaluate(NotSampled, [Word(MaterialKind.Summary), Scan(MaterialKind.Summary), Scan(MaterialKind.Case)]);

        Assert.False(result.Complete);
        Assert.Single(result.Missing, f => f.Message.Contains("典型案例", StringComparison.Ordinal));
    }
}
