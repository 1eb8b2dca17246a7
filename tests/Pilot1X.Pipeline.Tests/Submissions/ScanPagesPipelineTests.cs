using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

/// <summary>A scan sent as loose page images in separate uploads or mails is one scan in the pipeline, as in <c>pilot1x check</c>.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ScanPagesPipelineTests(AzuriteFixture azurite)
{
    private const string Institution = SubmissionFiles.Institution;
    private const string Stem = Institution + "1+X证书制度试点工作总结报告（盖章扫描版）";
    private static readonly DateTimeOffset Start = new(2020, 12, 21, 10, 0, 0, CheckOptions.ChinaStandardTime);

    /// <summary>Page 3 carries the seal, as the last page of a stamped report does.</summary>
    private static byte[] Page(int number) => ScanSampleBuilder.PageJpeg(new ScanPageOptions { Seal = number == 3, Seed = number });

    [Fact]
    public async Task Three_pages_uploaded_separately_are_one_sealed_three_page_scan_as_check_sees_the_same_files()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var pages = Enumerable.Range(1, 3).ToDictionary(n => $"{Stem}-{n}.jpg", Page);
        foreach (var (name, minutes) in pages.Keys.Select((n, i) => (n, i * 5)))
        {
            await harness.Intake.UploadAsync(Institution, name, new MemoryStream(pages[name]), Start.AddMinutes(minutes), CancellationToken.None);
            await harness.Drainer.DrainAsync(CancellationToken.None);
        }

        var stored = await InstitutionAsync(harness);
        var check = new CheckEngine(DefaultRoster.Create(), new CheckOptions(CheckOptions.DefaultDeadline, Start.AddMinutes(10), IntakeLimits.Default))
            .Run(pages.Select(p => new CheckInput($"{Institution}/{p.Key}", () => new MemoryStream(p.Value), [Institution])))
            .Institutions.Single(i => i.Institution.Name == Institution);

        var scan = Assert.Single(stored.Documents, d => d.Kind == MaterialKind.Summary && d.Format == Core.Formats.FileFormat.Image);
        var checkedScan = Assert.Single(check.Documents, d => d.Kind == MaterialKind.Summary && d.Format == Core.Formats.FileFormat.Image);
        Assert.Equal(3, scan.Pages);
        Assert.Equal(SealStatus.Found, scan.Seal);
        Assert.Equal(checkedScan.Pages, scan.Pages);
        Assert.Equal(checkedScan.Seal, scan.Seal);
        Assert.Equal(checkedScan.PageFiles, scan.PageFiles);
        Assert.Equal(check.Materials.Single(m => m.Kind == MaterialKind.Summary).Scan, stored.Materials.Single(m => m.Kind == MaterialKind.Summary).Scan);
        Assert.Equal(MaterialState.Ok, stored.Materials.Single(m => m.Kind == MaterialKind.Summary).Scan);
        Assert.DoesNotContain(stored.Findings, f => f.Code is FindingCode.SealNotFound);
    }

    [Fact]
    public async Task Pages_split_across_two_mails_are_one_scan_and_the_seal_on_the_later_page_counts()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var first = MailSampleBuilder.Submission(Institution + "总结报告扫描件（1）", "教务处", "jwc@example.cn",
            [new($"{Stem}-1.jpg", Page(1), "image/jpeg"), new($"{Stem}-2.jpg", Page(2), "image/jpeg")]);
        var second = MailSampleBuilder.Submission(Institution + "总结报告扫描件（2）", "教务处", "jwc@example.cn",
            [new($"{Stem}-3.jpg", Page(3), "image/jpeg")]);

        await harness.Intake.UploadAsync("收件箱", "first.eml", new MemoryStream(first), Start, CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);
        var before = Assert.Single((await InstitutionAsync(harness)).Documents, d => d.Kind == MaterialKind.Summary);
        await harness.Intake.UploadAsync("收件箱", "second.eml", new MemoryStream(second), Start.AddMinutes(30), CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        Assert.Equal((2, SealStatus.NotFound), (before.Pages, before.Seal));
        var stored = await InstitutionAsync(harness);
        var scan = Assert.Single(stored.Documents, d => d.Kind == MaterialKind.Summary);
        Assert.Equal((3, SealStatus.Found), (scan.Pages, scan.Seal));
        Assert.Equal(["first.eml", "first.eml", "second.eml"], scan.PageFiles!.Select(f => f.Split("!/")[0].Split('/')[^1]));
        Assert.DoesNotContain(stored.Findings, f => f.Code is FindingCode.SealNotFound);
    }

    [Fact]
    public async Task Pages_arriving_out_of_order_and_one_sent_twice_still_make_one_three_page_scan()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        foreach (var (number, name, minutes) in new[] { (3, $"{Stem}-3.jpg", 0), (1, $"{Stem}-1.jpg", 4), (1, $"{Stem}（1）.jpg", 6), (2, $"{Stem}-2.jpg", 9) })
        {
            await harness.Intake.UploadAsync(Institution, name, new MemoryStream(Page(number)), Start.AddMinutes(minutes), CancellationToken.None);
            await harness.Drainer.DrainAsync(CancellationToken.None);
        }

        var scan = Assert.Single((await InstitutionAsync(harness)).Documents, d => d.Kind == MaterialKind.Summary);
        Assert.Equal((3, SealStatus.Found), (scan.Pages, scan.Seal));
        // Page 1 counts once, as the copy sent last.
        Assert.Equal([$"{Stem}（1）.jpg", $"{Stem}-2.jpg", $"{Stem}-3.jpg"], scan.PageFiles!.Select(f => f.Split('/')[^1]));
    }

    [Fact]
    public async Task A_page_after_the_window_starts_a_new_version_of_the_scan()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        foreach (var (number, at) in new[] { (1, Start), (2, Start.AddMinutes(10)), (3, Start.AddMinutes(20)), (1, Start.AddHours(5)) })
        {
            // The late page 1 is a new scan of it (other bytes): a fresh start, not page 1 of the earlier scan sent twice.
            var bytes = ScanSampleBuilder.PageJpeg(new ScanPageOptions { Seal = number == 3, Seed = number + (at > Start.AddHours(1) ? 10 : 0) });
            await harness.Intake.UploadAsync(Institution, $"{Stem}-{number}.jpg", new MemoryStream(bytes), at, CancellationToken.None);
            await harness.Drainer.DrainAsync(CancellationToken.None);
        }

        var scan = Assert.Single((await InstitutionAsync(harness)).Documents, d => d.Kind == MaterialKind.Summary);
        Assert.Equal(1, scan.Pages);
        Assert.Equal(SealStatus.NotFound, scan.Seal);
    }

    [Fact]
    public void Pages_join_a_scan_while_no_pause_between_them_is_longer_than_the_window()
    {
        var window = TimeSpan.FromHours(2);
        DateTimeOffset[] stored = [Start, Start.AddMinutes(90), Start.AddMinutes(180), Start.AddHours(8)];

        var joined = ScanPageStore.Session(stored, Start.AddMinutes(250), window);

        Assert.Equal(stored[..3].Append(Start.AddMinutes(250)), joined.Order());
    }

    private static async Task<InstitutionReport> InstitutionAsync(PipelineHarness harness) =>
        (await harness.Get<OfficeSnapshotReader>().ReadCheckReportAsync(Start.AddDays(1), CheckOptions.DefaultDeadline, CancellationToken.None))
            .Institutions.Single(i => i.Institution.Name == Institution);
}
