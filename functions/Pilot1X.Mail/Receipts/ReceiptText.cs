using System.Globalization;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// The receipt's text, built once as paragraphs and lists and rendered twice (plain and HTML) so both say the same.
/// Every piece of submitted text (subject, file names, finding messages quoting them) is HTML-escaped when rendered.
/// </summary>
internal sealed record ReceiptText(string Plain, string Html)
{
    private static readonly string[] Numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static ReceiptText Build(ReceiptRequest request, OfficeOptions? office = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var blocks = new List<ReceiptBlock>();
        var received = Cst(request.ReceivedAt);
        var subject = request.Subject.Length == 0 ? "（无主题）" : request.Subject;
        var complete = true;
        if (request.Institution is { } institution)
        {
            blocks.Add(new(null, [$"{request.Salutation ?? institution.Name}：", request.Channel == ReceiptChannel.UploadLink
                ? UploadReceiptWording.Opening(request)
                : $"您单位于 {received}（北京时间）发来的邮件《{subject}》已收到，系统已自动检查，结果如下。"], false));
        }
        else
        {
            complete = false;
            blocks.Add(new(null, Unknown(request, received, subject), false));
        }

        var number = 0;
        blocks.Add(new($"{Numbers[number++]}、本次收到的文件", request.ArrivedFiles.Count > 0 ? request.ArrivedFiles : ["邮件中没有可受理的附件（Word 文档或盖章扫描件）。"], true));
        if (request.Parts.Count > 1)
        {
            foreach (var part in request.Parts)
            {
                complete &= part.Complete;
                blocks.Add(new($"{Numbers[number++]}、{part.Institution.Name}（{OfficeLabels.Of(part.Complete ? OfficeStatus.Complete : OfficeStatus.Incomplete)}）",
                    [$"本次收到的文件：{string.Join("、", part.Files)}", .. ReceiptItems.Materials(part.Materials), .. ReceiptItems.Problems(part.Findings),
                     .. ReceiptItems.StillOwed(part.Institution, part.Materials, part.Complete).Select(l => l == ReceiptItems.CompleteLine ? l : "仍需提交：" + l)], true));
            }

            if (ReceiptItems.Problems(request.Findings) is { Count: > 0 } other)
            {
                blocks.Add(new($"{Numbers[number++]}、其他问题", other, true));
            }
        }
        else if (request.Institution is { } own)
        {
            var ownComplete = request.Complete ?? CompletenessImpact.IsComplete(request.Materials);
            complete &= ownComplete;
            var problems = ReceiptItems.Problems(request.Findings);
            blocks.Add(new($"{Numbers[number++]}、各项材料情况", [.. ReceiptItems.Materials(request.Materials), .. ReceiptCertificates.Lines(request)], true));
            blocks.Add(new($"{Numbers[number++]}、需要修改的问题", problems.Count == 0 ? ["未发现问题。"] : problems, true));
            blocks.Add(new($"{Numbers[number++]}、仍需提交", ReceiptItems.StillOwed(own, request.Materials, ownComplete), true));
        }
        else
        {
            // The name not on the roster is said above; any other problem of the files follows.
            if (ReceiptItems.Problems(request.Findings.Where(f => f.Code != FindingCode.UnknownInstitution)) is { Count: > 0 } problems)
            {
                blocks.Add(new($"{Numbers[number++]}、需要修改的问题", problems, true));
            }
        }

        if (request.HeldFiles.Count > 0)
        {
            blocks.Add(new($"{Numbers[number]}、已交职成教处核实的文件", [.. Held(request.HeldFiles)], true));
        }

        blocks.Add(new(null, Closing(request, complete, office), false));
        return new ReceiptText(ReceiptRendering.Plain(blocks), ReceiptRendering.Html(blocks));
    }

    private static List<string> Unknown(ReceiptRequest request, string received, string subject)
    {
        var lines = new List<string>
        {
            "您好：",
            $"您于 {received}（北京时间）发来的邮件《{subject}》已收到。邮件主题和附件文件名中的单位名称不在本次试点院校名单中，发件邮箱也不是名单中登记的联系邮箱，因此材料暂未归入任何单位，也未计入任何单位的报送情况。",
        };
        if (request.ClosestNames.Count > 0)
        {
            lines.Add($"名单中与之最接近的单位名称：{string.Join("、", request.ClosestNames.Select(n => $"“{n}”"))}。");
            lines.Add($"如贵单位是其中之一，请在附件文件名中使用名单中的全称（例如“{request.ClosestNames[0]}{NamingRule.Stem}总结报告.docx”）后重新发送；如都不是，请联系职成教处核实试点名单。");
        }
        else
        {
            lines.Add("请联系职成教处核实贵单位是否在试点名单中，以及名单中的单位全称。");
        }

        return lines;
    }

    private static IEnumerable<string> Held(IReadOnlyList<ReceiptHeldFile> held)
    {
        foreach (var file in held)
        {
            // Not labelled: they block no one's 齐全, they count for no one until the office decides.
            yield return file.Why;
        }

        foreach (var named in held.GroupBy(h => h.Named, StringComparer.Ordinal))
        {
            yield return named.First().NamedIsInformed
                ? $"已另行通知“{named.Key}”在名单中登记的联系邮箱，请其核实。"
                : $"“{named.Key}”在名单中没有登记联系邮箱，由职成教处与其核实。";
        }
    }

    private static List<string> Closing(ReceiptRequest request, bool complete, OfficeOptions? office)
    {
        var lines = new List<string>();
        if (request.ReceivedAt > request.Deadline || request.Findings.Concat(request.Parts.SelectMany(p => p.Findings)).Any(f => f.Code == FindingCode.LateSubmission))
        {
            lines.Add($"本邮件于 {Cst(request.ReceivedAt)}（北京时间）收到，晚于报送截止时间 {Cst(request.Deadline)}（北京时间），所附材料已登记为逾期，是否受理以职成教处意见为准。");
        }
        else
        {
            lines.Add($"报送截止时间：{Cst(request.Deadline)}（北京时间）。逾期提交的材料将被标注为逾期。");
        }

        lines.Add(request.Institution is null ? "本邮件为系统自动回执。"
            : complete
            ? "本邮件为系统自动回执。材料已齐全，无需再提交；如确需更正某份材料，同一材料以最后收到的版本为准。"
            : "本邮件为系统自动回执。请按上文标注【必须修改（影响齐全）】的各项修改或补交，按建议的文件名重新发送；同一材料以最后收到的版本为准。");
        lines.Add(ContactLine(office ?? new OfficeOptions()));
        return lines;
    }

    /// <summary>Whom to ask: the office contact's name when set, and the office mailbox.</summary>
    public static string ContactLine(OfficeOptions office) =>
        "如有疑问请联系：" + (string.IsNullOrWhiteSpace(office.OfficeContactName) ? string.Empty : office.OfficeContactName.Trim() + " ") + office.OfficeAddress;

    private static string Cst(DateTimeOffset time) =>
        time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
