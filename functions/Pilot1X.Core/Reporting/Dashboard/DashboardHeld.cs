using System.Text;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The 待核实 list: files that name an institution but were held rather than filed (<see cref="FilingAuthority"/>), each
/// with a one-click explanation (a native <c>details</c> element, so it needs no script): what arrived, how and from
/// whom, which institution it names, why it was held and what the office can do.
/// </summary>
internal static class DashboardHeld
{
    public static void Append(StringBuilder html, IReadOnlyList<DashboardHeldFile> held)
    {
        // Nothing held, nothing shown: the page stays as it was for the usual case.
        if (held.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"held\" aria-labelledby=\"held-title\" data-testid=\"held\">\n<h2 id=\"held-title\">待核实（")
            .Append(Number(held.Count)).Append(" 个文件，未计入任何单位）</h2>\n");
        html.Append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">文件</th><th scope=\"col\">名称指向</th><th scope=\"col\">提交渠道</th>")
            .Append("<th scope=\"col\">收到时间</th><th scope=\"col\">原因与处理</th></tr></thead>\n<tbody>\n");
        foreach (var file in held)
        {
            var named = file.Held.Named;
            html.Append("<tr data-testid=\"held-file\"><td class=\"file\">");
            DashboardDetail.AppendFileName(html, file.File);
            html.Append("</td><td>").Append(E(named)).Append("</td><td>").Append(E(file.Held.Channel.Describe())).Append("</td><td>")
                .Append(E(Cst(file.ReceivedAt))).Append("</td><td><details class=\"why\"><summary>").Append(E(ContractNames.Label(file.Held.Reason)))
                .Append("</summary>\n<p>收到：").Append(E(MaterialNames.Brief(file.Held.Kind))).Append(file.Held.IsWord ? "（Word 电子版）" : "（扫描版）")
                .Append('“').Append(E(DisplayName(file.File))).Append("”，").Append(E(file.Held.Channel.Describe())).Append("，名称指向“").Append(E(named)).Append("”。</p>\n<p>")
                .Append(E(Why(file.Held))).Append("</p>\n<p>可以：").Append(E(WhatToDo(file.Held))).Append("</p>\n<p>")
                .Append(E(NoticeText(file))).Append("</p></details></td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static string DisplayName(string file) => Intake.DisplayName.Leaf(file);

    private static string Why(HeldFiling held) => held.Reason == HoldReason.NamesAnotherInstitution && held.Channel.Kind == ChannelKind.Mail
        ? $"发件邮箱是“{held.Channel.Institution}”在名单中登记的联系邮箱，只代表“{held.Channel.Institution}”，不能为“{held.Named}”提交材料，所以该文件没有计入任何一方。"
        : held.Reason == HoldReason.NamesAnotherInstitution
        ? $"上传链接（或文件夹）只代表“{held.Channel.Institution}”，不能为“{held.Named}”提交材料，所以该文件没有计入任何一方。"
        : $"发件邮箱不是“{held.Named}”在名单中登记的联系邮箱，而“{held.Named}”已有该材料的当前版本"
          + (SubmissionChannel.DescribeSubmitter(held.CurrentSubmitter) is { } by ? $"（由{by}提交）" : string.Empty)
          + "；为防止他人替换，该文件没有替换它，当前版本仍然有效。";

    private static string WhatToDo(HeldFiling held) => held.Reason == HoldReason.NamesAnotherInstitution
        ? $"与“{held.Channel.Institution}”核实。如是其本单位材料，请其按本单位名称重新命名后重新上传；如确为“{held.Named}”的材料，请“{held.Named}”通过本单位的上传链接或登记的联系邮箱提交。原件已保存。"
        : $"与“{held.Named}”核实。如确为其新版本，请其用登记的联系邮箱重新发送，或把该发件邮箱补登到名单的“联系邮箱”后重新发送；如不是，无需处理。原件已保存。";

    private static string NoticeText(DashboardHeldFile file) => file.Notice switch
    {
        null when file.Held.Channel.Kind != ChannelKind.Mail => "邮件渠道之外的待核实文件不另行通知被指向的单位。",
        null => "尚未通知被指向的单位（下一次收信时发出）。",
        "none:NO_CONTACT" => $"“{file.Held.Named}”在名单中没有联系邮箱，未能通知。",
        _ when file.Notice.StartsWith("none:", StringComparison.Ordinal) => "未通知被指向的单位。",
        _ => $"已通知“{file.Held.Named}”登记的联系邮箱。",
    };
}
