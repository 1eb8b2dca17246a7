using System.Globalization;
using System.Net;
using System.Text;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// The receipt's text, built once as paragraphs and lists and rendered twice (plain and HTML) so both say the same.
/// Every piece of submitted text (subject, file names, finding messages quoting them) is HTML-escaped when rendered.
/// </summary>
internal sealed record ReceiptText(string Plain, string Html)
{
    private sealed record Block(string? Title, IReadOnlyList<string> Lines, bool List);

    public static ReceiptText Build(ReceiptRequest request)
    {
        var blocks = new List<Block>();
        var received = Cst(request.ReceivedAt);
        var subject = request.Subject.Length == 0 ? "（无主题）" : request.Subject;
        if (request.Institution is { } institution)
        {
            blocks.Add(new(null, [$"{institution.Name}：", $"您单位于 {received}（北京时间）发来的邮件《{subject}》已收到，系统已自动检查，结果如下。"], false));
        }
        else
        {
            blocks.Add(new(null,
            [
                "您好：",
                $"您于 {received}（北京时间）发来的邮件《{subject}》已收到，但系统未能从邮件主题、发件人地址和附件文件名中识别出贵单位在试点院校名单中的名称，材料暂未归入任何单位。",
                "请直接回复本邮件，注明贵单位在名单中的全称（例如“湖北交通职业技术学院”），并按“单位全称" + NamingRule.Stem + "总结报告.docx”的格式为附件命名后重新发送。",
            ], false));
        }

        blocks.Add(new("一、本次收到的文件", request.ArrivedFiles.Count > 0 ? request.ArrivedFiles : ["邮件中没有可受理的附件（Word 文档或盖章扫描件）。"], true));
        if (request.Institution is not null)
        {
            // The right names only appear where a name was not accepted (the NAME_NONCONFORMING items below) or a file is still owed (四).
            blocks.Add(new("二、各项材料情况", [.. request.Materials.Where(m => m.Required).Select(m =>
                $"{MaterialNames.Title(m.Kind)}：Word 版{(m.Word == MaterialState.Unchecked ? LegacyWord(m) : State(m.Word))}，盖章扫描件{State(m.Scan)}。"),
                .. ReceiptCertificates.Lines(request)], true));
        }

        blocks.Add(new("三、需要修改的问题", request.Findings.Count == 0
            ? ["未发现问题。"]
            : [.. request.Findings.Select(f => f.FixBeyondMessage() is { } fix ? $"{f.Message} 修改方法：{fix}" : f.Message)], true));
        if (request.Institution is { } complete)
        {
            var missing = request.Materials.Where(m => m.Required).SelectMany(m => Missing(complete, m)).ToList();
            blocks.Add(new("四、仍需提交", missing.Count == 0 ? ["材料已齐全，无需补交。"] : missing, true));
        }

        blocks.Add(new(null, [$"报送截止时间：{Cst(request.Deadline)}（北京时间）。逾期提交的材料将被标注为逾期。",
            "本邮件为系统自动回执。如需补交或更正，请按上述文件名重新发送材料；同一材料以最后收到的版本为准。"], false));
        return new ReceiptText(RenderPlain(blocks), RenderHtml(blocks));
    }

    private static IEnumerable<string> Missing(Core.Roster.Institution institution, MaterialReport material)
    {
        if (material.Word == MaterialState.Missing)
        {
            yield return $"{MaterialNames.Title(material.Kind)}（Word 版），文件名：{NamingRule.SuggestName(institution, material.Kind, scan: false, "docx")}";
        }

        if (material.Scan == MaterialState.Missing)
        {
            yield return $"{MaterialNames.Title(material.Kind)}（盖章扫描件），文件名：{NamingRule.SuggestName(institution, material.Kind, scan: true, "pdf")}";
        }
    }

    private static string State(MaterialState state) => state switch
    {
        MaterialState.Ok => "已收到",
        MaterialState.Invalid => "已收到但有问题（见下文）",
        _ => "未收到",
    };

    private static string LegacyWord(MaterialReport material) =>
        $"已收到（{ContractNames.LegacyWordExtension(material)} 格式，系统无法自动检查其提纲与字数，建议用 Word/WPS 另存为 .docx 后重新发送）";

    private static string Cst(DateTimeOffset time) =>
        time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string RenderPlain(List<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block.Title is not null)
            {
                text.Append(block.Title).Append('\n');
            }

            foreach (var line in block.Lines)
            {
                text.Append(block.List ? "  · " : string.Empty).Append(line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string RenderHtml(List<Block> blocks)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">");
        foreach (var block in blocks)
        {
            if (block.Title is not null)
            {
                html.Append("<h3>").Append(WebUtility.HtmlEncode(block.Title)).Append("</h3>");
            }

            html.Append(block.List ? "<ul>" : string.Empty);
            foreach (var line in block.Lines)
            {
                var tag = block.List ? "li" : "p";
                html.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(line)).Append("</").Append(tag).Append('>');
            }

            html.Append(block.List ? "</ul>" : string.Empty);
        }

        return html.Append("</body></html>").ToString();
    }
}
