using System.Text.RegularExpressions;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Dashboard;

namespace Pilot1X.Core.Tests.Reporting.Dashboard;

public sealed class DashboardHeldTests
{
    private const string Nonce = "bm9uY2UtZm9yLXRlc3Rz";
    // Intake never lets a "/" into a file name, so the hostile markup is one without a closing tag.
    private const string Hostile = "<img src=x onerror=alert(1)>武汉铁路职业技术学院1+X证书制度试点工作总结报告.docx";

    private static readonly DashboardHeldFile FromLink = new("s1", "湖北交通职业技术学院/" + Hostile,
        new HeldFiling("武汉铁路职业技术学院", SubmissionChannel.Link("湖北交通职业技术学院", uploadLink: true), HoldReason.NamesAnotherInstitution,
            MaterialKind.Summary, IsWord: true, CurrentSubmitter: null),
        DashboardSamples.FirstDay, "消息", Notice: null);

    private static readonly DashboardHeldFile FromMail = new("s2", "mailbox/1.eml!/武汉铁路职业技术学院1+X证书制度试点工作总结报告.docx",
        new HeldFiling("武汉铁路职业技术学院", SubmissionChannel.Mail("someone@qq.com"), HoldReason.ReplacesWithoutAuthority,
            MaterialKind.Summary, IsWord: true, CurrentSubmitter: "mail:office@whrt.example.cn"),
        DashboardSamples.FirstDay, "消息", Notice: "held.s2.x@126.com");

    [Fact]
    public void A_held_file_is_listed_as_awaiting_verification_with_its_explanation()
    {
        var html = DashboardPage.Render(DashboardSamples.Data() with { Held = [FromLink, FromMail] }, Nonce);

        var section = Regex.Match(html, "<section class=\"held\"[\\s\\S]*?</section>").Value;
        Assert.Contains("待核实（2 个文件，未计入任何单位）", section, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(section, "data-testid=\"held-file\""));
        Assert.Equal(2, Regex.Count(section, "<details class=\"why\"><summary>"));
        Assert.Contains("通过“湖北交通职业技术学院”的上传链接上传", section, StringComparison.Ordinal);
        Assert.Contains("名称指向“武汉铁路职业技术学院”", section, StringComparison.Ordinal);
        Assert.Contains("由邮箱 someone@qq.com 发送", section, StringComparison.Ordinal);
        Assert.Contains("（由邮箱 office@whrt.example.cn提交）", section, StringComparison.Ordinal);
        Assert.Contains("已通知“武汉铁路职业技术学院”登记的联系邮箱", section, StringComparison.Ordinal);
        Assert.Contains("可以：与“湖北交通职业技术学院”核实", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitted_names_in_the_held_list_are_html_encoded()
    {
        var html = DashboardPage.Render(DashboardSamples.Data() with { Held = [FromLink] }, Nonce);

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<script"));
    }

    [Fact]
    public void Without_held_files_the_page_has_no_held_section()
    {
        Assert.DoesNotContain("data-testid=\"held\"", DashboardPage.Render(DashboardSamples.Data(), Nonce), StringComparison.Ordinal);
    }
}
