using Pilot1X.Core.Attribution;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Attribution;

public sealed class FilingAuthorityTests
{
    private static readonly Institution Wuhan = new("武汉铁路职业技术学院", [], true, ["office@whrt.example.cn"], [], SchoolLevel.Higher);

    [Fact]
    public void An_upload_link_files_only_for_its_own_institution()
    {
        Assert.Null(FilingAuthority.Check(SubmissionChannel.Link("武汉铁路职业技术学院", uploadLink: true), Wuhan, "mail:office@whrt.example.cn"));
        Assert.Equal(HoldReason.NamesAnotherInstitution,
            FilingAuthority.Check(SubmissionChannel.Link("湖北交通职业技术学院", uploadLink: true), Wuhan, currentSubmitter: null));
    }

    [Fact]
    public void A_folder_named_after_another_institution_is_held_like_an_upload_link()
    {
        Assert.Equal(HoldReason.NamesAnotherInstitution,
            FilingAuthority.Check(SubmissionChannel.Link("湖北交通职业技术学院", uploadLink: false), Wuhan, currentSubmitter: null));
    }

    [Fact]
    public void A_registered_contact_may_replace_any_current_version_whatever_the_case_of_its_address()
    {
        Assert.Null(FilingAuthority.Check(SubmissionChannel.Mail("教务处 <Office@WHRT.example.cn>"), Wuhan, "link:武汉铁路职业技术学院"));
    }

    [Fact]
    public void Any_mail_may_file_a_material_the_institution_has_no_current_version_of()
    {
        Assert.Null(FilingAuthority.Check(SubmissionChannel.Mail("someone@qq.com"), Wuhan, currentSubmitter: null));
    }

    [Fact]
    public void An_unregistered_sender_may_replace_its_own_version()
    {
        Assert.Null(FilingAuthority.Check(SubmissionChannel.Mail("someone@qq.com"), Wuhan, "mail:someone@qq.com"));
    }

    [Theory]
    [InlineData("mail:office@whrt.example.cn")]
    [InlineData("mail:other@163.com")]
    [InlineData("link:武汉铁路职业技术学院")]
    [InlineData("")]
    public void An_unregistered_sender_replacing_a_version_someone_else_sent_is_held(string currentSubmitter)
    {
        Assert.Equal(HoldReason.ReplacesWithoutAuthority, FilingAuthority.Check(SubmissionChannel.Mail("someone@qq.com"), Wuhan, currentSubmitter));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("mail:jwc@xyvtc.example.cn")]
    public void Another_institutions_registered_contact_is_held_for_a_file_named_for_this_one_even_when_it_has_no_version_yet(string? currentSubmitter)
    {
        var channel = SubmissionChannel.Mail("jwc@xyvtc.example.cn", "襄阳职业技术学院");

        Assert.Equal(HoldReason.NamesAnotherInstitution, FilingAuthority.Check(channel, Wuhan, currentSubmitter));
        Assert.Equal("由“襄阳职业技术学院”登记的联系邮箱 jwc@xyvtc.example.cn 发送", channel.Describe());
    }

    [Fact]
    public void A_contact_registered_for_the_named_institution_files_whatever_other_institution_it_is_also_known_for()
    {
        Assert.Null(FilingAuthority.Check(SubmissionChannel.Mail("office@whrt.example.cn", "武汉铁路职业技术学院"), Wuhan, "link:武汉铁路职业技术学院"));
    }

    [Fact]
    public void A_file_given_straight_to_check_is_filed_by_its_name()
    {
        Assert.Null(FilingAuthority.Check(SubmissionChannel.Direct, Wuhan, "mail:office@whrt.example.cn"));
    }
}
