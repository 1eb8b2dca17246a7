using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Notices;

/// <summary>
/// Writes the notice to an institution's roster contacts that a mail from another address sent files in its name which
/// were held instead of replacing its current versions: one per named institution per submission, its Message-ID derived
/// from both, so the outbox sends it once however often the notifier runs.
/// </summary>
public sealed class HeldFilingNoticeComposer(IOptions<OfficeOptions> options)
{
    public MimeMessage Compose(Institution named, string submissionId, IReadOnlyList<DashboardHeldFile> files)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(files);
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("湖北省教育厅职成教处（1+X 试点材料自动通知）", settings.Sender));
        foreach (var contact in named.Contacts)
        {
            if (MailboxAddress.TryParse(contact, out var address))
            {
                message.To.Add(address);
            }
        }

        message.Subject = $"请核实：有邮件以“{named.Name}”的名义报送了1+X证书制度试点材料";
        message.MessageId = MessageIdFor(submissionId, named.Name);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        var lines = Lines(named, files, settings.OfficeAddress);
        message.Body = new BodyBuilder
        {
            TextBody = string.Join("\n", lines) + "\n",
            HtmlBody = "<html><body>" + string.Concat(lines.Select(l => "<p>" + WebUtility.HtmlEncode(l) + "</p>")) + "</body></html>",
        }.ToMessageBody();
        return message;
    }

    /// <summary>One submission and one named institution, one notice Message-ID (in our own domain).</summary>
    public string MessageIdFor(string submissionId, string institution)
    {
        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(institution)))[..16];
        return string.Create(CultureInfo.InvariantCulture, $"held.{submissionId}.{tag}@{options.Value.MessageIdDomain}");
    }

    private static List<string> Lines(Institution named, IReadOnlyList<DashboardHeldFile> files, string office)
    {
        var first = files[0];
        var lines = new List<string>
        {
            $"{named.Name}：",
            $"{OfficeLabels.Cst(first.ReceivedAt ?? DateTimeOffset.UtcNow)}，{first.Held.Channel.Describe()}的邮件中有 {files.Count} 个文件以贵单位的名义报送：",
        };
        lines.AddRange(files.Select(f => $"· “{Core.Intake.DisplayName.Leaf(f.File)}”（{MaterialNames.Brief(f.Held.Kind)}{(f.Held.IsWord ? "，Word 电子版" : "，扫描版")}）"));
        if (first.Held.Reason == HoldReason.NamesAnotherInstitution && first.Held.Channel.Institution is { Length: > 0 } sender)
        {
            // A registered contact of another institution vouches only for that institution: nothing was filed for either.
            lines.Add($"该发件邮箱是“{sender}”在名单中登记的联系邮箱，不是贵单位的。这些文件没有计入贵单位，也没有计入“{sender}”，已交职成教处核实。");
            lines.Add($"如这些文件确是贵单位的材料，请用贵单位登记的联系邮箱（{string.Join("、", named.Contacts)}）或贵单位的上传链接重新提交；如不是贵单位的材料，无需处理。如有疑问，请联系职成教处（{office}）。");
        }
        else
        {
            lines.Add("该发件邮箱不是贵单位在名单中登记的联系邮箱，而贵单位已有这些材料的当前版本。为防止他人替换，这些文件没有替换贵单位的当前版本，也没有计入，已交职成教处核实。");
            lines.Add($"如这些文件确是贵单位的新版本，请用登记的联系邮箱（{string.Join("、", named.Contacts)}）重新发送；如不是贵单位所发，无需处理，当前版本仍然有效。如有疑问，请联系职成教处（{office}）。");
        }

        lines.Add("本邮件由系统自动发送，请勿直接回复。");
        return lines;
    }
}
