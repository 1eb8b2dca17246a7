using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineAttributionTests
{
    private static readonly byte[] Summary = WordSamples.SummaryReport("某校");

    [Fact]
    public void A_folder_named_after_an_institution_attributes_the_files_in_it()
    {
        var report = EngineHarness.Check(("湖北交通职业技术学院/总结报告.docx", Summary));

        var documents = report.Institution("湖北交通职业技术学院").Documents;
        Assert.Single(documents);
        Assert.Empty(report.Unassigned);
    }

    [Theory]
    [InlineData("湖北职业技术学院", "湖北三峡职业技术学院")]
    [InlineData("湖北三峡职业技术学院", "湖北职业技术学院")]
    [InlineData("武汉职业技术学院", "武汉船舶职业技术学院")]
    [InlineData("武汉船舶职业技术学院", "武汉职业技术学院")]
    [InlineData("湖北工程学院新技术学院", "湖北工程职业学院")]
    [InlineData("湖北工程职业学院", "湖北工程学院新技术学院")]
    public void Near_names_are_never_confused(string sender, string neighbour)
    {
        var report = EngineHarness.Check(($"{sender}1+X证书制度试点工作总结报告.docx", Summary));

        Assert.Single(report.Institution(sender).Documents);
        Assert.Empty(report.Institution(neighbour).Documents);
    }

    [Fact]
    public void A_name_matching_two_institutions_is_ambiguous_and_unassigned()
    {
        var report = EngineHarness.Check(("武汉职业技术学院与黄冈职业技术学院联合典型案例.docx", WordSamples.TypicalCase("某校", 3000, 1)));

        var file = Assert.Single(report.Unassigned);
        var finding = Assert.Single(file.Findings, f => f.Code == FindingCode.AmbiguousInstitution);
        Assert.Contains("武汉职业技术学院", finding.Message, StringComparison.Ordinal);
        Assert.Contains("黄冈职业技术学院", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_no_institution_can_be_found_for_is_unassigned_with_the_fix()
    {
        var report = EngineHarness.Check(("材料/总结.docx", Summary));

        var finding = Assert.Single(Assert.Single(report.Unassigned).Findings);
        Assert.Equal(FindingCode.UnknownInstitution, finding.Code);
        Assert.Contains("1+X证书制度试点工作", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_email_subject_attributes_attachments_whose_names_do_not()
    {
        var mail = MailSampleBuilder.Submission("荆州职业技术学院报送材料", "教务处", "jw@jz.example.cn",
            [new MailSampleAttachment("总结报告.docx", Summary)], AttachmentNameEncoding.Rfc2231, messageId: "<a1@jz.example.cn>");

        var report = EngineHarness.Check(("inbox/1.eml", mail));

        Assert.Single(report.Institution("荆州职业技术学院").Documents);
    }

    [Fact]
    public void A_roster_contact_address_attributes_an_otherwise_anonymous_mail_and_a_file_it_sends_named_for_another_institution_is_held()
    {
        var roster = new InstitutionRoster(
        [
            new Institution("咸宁卫生学校", [], true, ["office@xnws.example.cn"], [], SchoolLevel.Secondary),
            new Institution("孝感市工业学校", [], true, ["jwc@xggy.example.cn"], [], SchoolLevel.Secondary),
        ]);
        var anonymous = MailSampleBuilder.Submission("材料", "办公室", "office@xnws.example.cn",
            [new MailSampleAttachment("总结报告.docx", Summary)], messageId: "<b1@xnws.example.cn>");
        var other = MailSampleBuilder.Submission("材料", "教务处", "jwc@xggy.example.cn",
            [new MailSampleAttachment("咸宁卫生学校1+X证书制度试点工作典型案例.docx", WordSamples.TypicalCase("咸宁卫生学校", 3000, 1))],
            messageId: "<b2@xggy.example.cn>");

        var report = EngineHarness.Check(roster, null, ("1.eml", anonymous), ("2.eml", other));

        // 孝感's registered address vouches for 孝感 only: its file named for 咸宁 counts for neither and is held for the office.
        var xianning = report.Institution("咸宁卫生学校");
        Assert.Single(xianning.Documents);
        Assert.Empty(report.Institution("孝感市工业学校").Documents);
        var held = Assert.Single(report.Unassigned, u => u.Held is not null);
        Assert.Equal(("咸宁卫生学校", HoldReason.NamesAnotherInstitution, "孝感市工业学校"), (held.Held!.Named, held.Held.Reason, held.Held.Channel.Institution));
        var mismatch = Assert.Single(held.Findings, f => f.Code == FindingCode.InstitutionMismatch);
        Assert.Contains("由“孝感市工业学校”登记的联系邮箱 jwc@xggy.example.cn 发送", mismatch.Message, StringComparison.Ordinal);
    }
}
