using System.Text;
using Pilot1X.Core.Reporting.Ledger;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The 来件 view: every mail the office mailbox received, newest first — arrival, subject, sender, institutions, what
/// became of it in Chinese and why, with what to do. Subject and sender are the mail's own (untrusted) text: escaped.
/// </summary>
internal static class DashboardMailLog
{
    public static void Append(StringBuilder html, IReadOnlyList<MailLedgerEntry> mail)
    {
        // No mailbox in use (uploads only), nothing shown.
        if (mail.Count == 0)
        {
            return;
        }

        var attention = mail.Count(m => m.NeedsAttention);
        html.Append("<section class=\"mail\" aria-labelledby=\"mail-title\" data-testid=\"mail-log\">\n<h2 id=\"mail-title\">来件（")
            .Append(Number(mail.Count)).Append(" 封，已发回执 ").Append(Number(mail.Count(m => m.Outcome == MailLedgerOutcomes.Receipt)))
            .Append(" 封，需人工查看 ").Append(Number(attention)).Append(" 封）</h2>\n");
        html.Append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">收到时间</th><th scope=\"col\">主题</th><th scope=\"col\">发件人</th>")
            .Append("<th scope=\"col\">单位</th><th scope=\"col\">结果</th><th scope=\"col\">原因与处理</th></tr></thead>\n<tbody>\n");
        foreach (var message in mail.OrderByDescending(m => m.ArrivedAt))
        {
            html.Append("<tr data-testid=\"mail\" data-outcome=\"").Append(E(message.Outcome)).Append("\"><td>").Append(E(Cst(message.ArrivedAt)))
                .Append("</td><td>").Append(E(message.Subject.Length > 0 ? message.Subject : "（无主题）"))
                .Append("</td><td>").Append(E(message.From ?? "（无发件人）"))
                .Append("</td><td>").Append(E(message.Institutions.Count > 0 ? string.Join("、", message.Institutions) : "—"))
                .Append("</td><td>").Append(message.NeedsAttention ? "<strong>" : string.Empty).Append(E(MailLedgerOutcomes.Label(message.Outcome)))
                .Append(message.NeedsAttention ? "</strong>" : string.Empty)
                .Append("</td><td>").Append(E(MailLedgerText.Explanation(message))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }
}
