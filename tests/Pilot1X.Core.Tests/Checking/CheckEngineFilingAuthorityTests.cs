using Pilot1X.Core.Attribution;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineFilingAuthorityTests
{
    private const string Wuhan = "武汉铁路职业技术学院";
    private const string Jiaotong = "湖北交通职业技术学院";
    private const string WuhanContact = "office@whrt.example.cn";
    private static readonly DateTimeOffset Monday = new(2020, 12, 21, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly InstitutionRoster Roster = new(
    [
        new Institution(Wuhan, [], true, [WuhanContact], [], SchoolLevel.Higher),
        new Institution(Jiaotong, [], true, ["jw@hbjt.example.cn"], [], SchoolLevel.Higher),
    ]);

    [Fact]
    public void A_file_in_one_institutions_folder_named_for_another_is_held_and_counted_for_neither()
    {
        var report = EngineHarness.Check(Roster, null, ($"{Jiaotong}/{Wuhan}1+X证书制度试点工作总结报告.docx", WordSamples.SummaryReport(Wuhan)));

        Assert.Empty(report.Institution(Wuhan).Documents);
        Assert.Empty(report.Institution(Jiaotong).Documents);
        var held = Assert.Single(report.Unassigned);
        Assert.Equal(new HeldFiling(Wuhan, SubmissionChannel.Link(Jiaotong, uploadLink: false), HoldReason.NamesAnotherInstitution,
            MaterialKind.Summary, IsWord: true, CurrentSubmitter: null), held.Held);
        var finding = Assert.Single(held.Findings, f => f.Code == FindingCode.InstitutionMismatch);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains($"{Wuhan}1+X证书制度试点工作总结报告.docx", finding.Message, StringComparison.Ordinal);
        Assert.Contains(Jiaotong, finding.Message, StringComparison.Ordinal);
        Assert.Contains("重新命名", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_its_own_institutions_folder_is_filed()
    {
        var report = EngineHarness.Check(Roster, null, ($"{Wuhan}/{Wuhan}1+X证书制度试点工作总结报告.docx", WordSamples.SummaryReport(Wuhan)));

        Assert.Single(report.Institution(Wuhan).Documents);
        Assert.Empty(report.Unassigned);
    }

    [Fact]
    public void A_mail_from_a_non_contact_replacing_the_contacts_version_is_held_and_the_contacts_version_stays_current()
    {
        var first = Mail(WuhanContact, "v1", Monday);
        var second = Mail("someone@qq.com", "v2", Monday.AddDays(1));

        var report = EngineHarness.Check(Roster, null, ("inbox/1.eml", first), ("inbox/2.eml", second));

        var wuhan = report.Institution(Wuhan);
        var document = Assert.Single(wuhan.Documents);
        Assert.StartsWith("inbox/1.eml", document.File, StringComparison.Ordinal);
        Assert.Null(document.Status);
        var held = Assert.Single(report.Unassigned);
        Assert.StartsWith("inbox/2.eml", held.File, StringComparison.Ordinal);
        Assert.Equal(HoldReason.ReplacesWithoutAuthority, held.Held!.Reason);
        Assert.Equal("mail:" + WuhanContact, held.Held.CurrentSubmitter);
        var finding = Assert.Single(held.Findings, f => f.Code == FindingCode.InstitutionMismatch);
        Assert.Contains("someone@qq.com", finding.Message, StringComparison.Ordinal);
        Assert.Contains(WuhanContact, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WuhanContact, WuhanContact)]
    [InlineData("someone@qq.com", "someone@qq.com")]
    [InlineData("someone@qq.com", WuhanContact)]
    public void A_contact_or_the_same_sender_replaces_the_current_version(string firstSender, string secondSender)
    {
        var report = EngineHarness.Check(Roster, null,
            ("inbox/1.eml", Mail(firstSender, "v1", Monday)), ("inbox/2.eml", Mail(secondSender, "v2", Monday.AddDays(1))));

        var wuhan = report.Institution(Wuhan);
        Assert.Equal(2, wuhan.Documents.Count);
        Assert.Equal("superseded", Assert.Single(wuhan.Documents, d => d.File.StartsWith("inbox/1.eml", StringComparison.Ordinal)).Status);
        Assert.Null(Assert.Single(wuhan.Documents, d => d.File.StartsWith("inbox/2.eml", StringComparison.Ordinal)).Status);
        Assert.Empty(report.Unassigned);
    }

    [Fact]
    public void A_first_submission_from_an_unregistered_address_is_accepted()
    {
        var report = EngineHarness.Check(Roster, null, ("inbox/1.eml", Mail("someone@qq.com", "v1", Monday)));

        Assert.Single(report.Institution(Wuhan).Documents);
        Assert.Empty(report.Unassigned);
    }

    [Fact]
    public void Prior_filings_from_storage_decide_like_earlier_files_of_the_same_check()
    {
        var options = new CheckOptions(CheckOptions.DefaultDeadline, EngineHarness.Before, IntakeLimits.Default);
        var mail = Mail("someone@qq.com", "v2", Monday.AddDays(1));
        var examined = new CheckEngine(Roster, options).Examine(
            [new CheckInput("inbox/2.eml", () => new MemoryStream(mail), ["mailbox"])], null);
        var stored = new MaterialEvidence(MaterialKind.Summary, true, false, "x.docx", Monday, string.Empty, "link:" + Wuhan);

        Assert.Equal(Wuhan, Assert.Single(examined.Named).Name);
        var report = examined.Finish(PriorFilings.From([(Wuhan, [stored])]));

        Assert.Empty(report.Institution(Wuhan).Documents);
        Assert.Equal("link:" + Wuhan, Assert.Single(report.Unassigned).Held!.CurrentSubmitter);
    }

    private static byte[] Mail(string from, string version, DateTimeOffset date) =>
        MailSampleBuilder.Submission("报送材料", "老师", from,
            [new MailSampleAttachment($"{Wuhan}1+X证书制度试点工作总结报告.docx", WordSamples.SummaryReport(Wuhan + version))],
            messageId: $"<{version}.{from}>", date: date);
}
