using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Reports;

/// <summary>
/// The office's report as a mail: HTML summary (<see cref="OfficeMailHtml"/>) with a plain-text alternative and the
/// 汇总表 attached (its Chinese file name RFC 2231-encoded, which Outlook, Foxmail and NetEase webmail all read).
/// The daily report's Message-ID is fixed per CST day, so a timer firing twice sends it once.
/// </summary>
public sealed class OfficeReportMail(IOptions<ReportOptions> options, IOptions<OfficeOptions> office)
{
    public const string WorkbookMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SenderName = "湖北省教育厅职成教处（1+X 试点材料汇总）";

    public IReadOnlyList<string> Recipients => options.Value.RecipientsOr(office.Value.OfficeAddress);

    /// <summary>Null when every address is in a domain the report may go to, else the Chinese refusal (<see cref="ReportOptions.RefusalFor"/>).</summary>
    public string? RefusalFor(IEnumerable<string> addresses) => options.Value.RefusalFor(addresses, office.Value.OfficeAddress);

    public MimeMessage Compose(OfficeSummary summary, string messageId, IReadOnlyList<string> to)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(to);
        var attachmentName = WorkbookName(summary.AsOf);
        var message = new MimeMessage { Subject = OfficeMailHtml.Subject(summary), Date = summary.AsOf, MessageId = messageId };
        message.From.Add(new MailboxAddress(SenderName, office.Value.Sender));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        var attachment = new MimePart(ContentType.Parse(WorkbookMediaType))
        {
            Content = new MimeContent(new MemoryStream(Workbook(summary))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachmentName,
        };
        foreach (var parameter in attachment.ContentDisposition.Parameters.Concat(attachment.ContentType.Parameters))
        {
            parameter.EncodingMethod = ParameterEncodingMethod.Rfc2231;
        }

        var body = new MultipartAlternative
        {
            new TextPart("plain") { Text = OfficeReportText.Plain(summary, attachmentName) },
            new TextPart("html") { Text = OfficeMailHtml.Render(summary) },
        };
        message.Body = new Multipart("mixed") { body, attachment };
        return message;
    }

    /// <summary>The daily report's Message-ID: one per China Standard Time day.</summary>
    public string DailyMessageId(DateTimeOffset asOf) => $"report.daily.{Day(asOf)}@{Domain}";

    /// <summary>An on-demand report's Message-ID: new every time, so each request is its own mail.</summary>
    public string OnDemandMessageId(DateTimeOffset asOf) =>
        string.Create(CultureInfo.InvariantCulture, $"report.{Day(asOf)}.{Guid.NewGuid():N}@{Domain}");

    /// <summary><c>汇总表-yyyyMMdd.xlsx</c>, the CST day of the summary.</summary>
    public static string WorkbookName(DateTimeOffset asOf) => $"汇总表-{Day(asOf)}.xlsx";

    /// <summary>The 汇总表 as bytes.</summary>
    public static byte[] Workbook(OfficeSummary summary)
    {
        using var content = new MemoryStream();
        OfficeWorkbook.Write(content, summary);
        return content.ToArray();
    }

    private string Domain => office.Value.Sender[(office.Value.Sender.LastIndexOf('@') + 1)..];

    private static string Day(DateTimeOffset time) =>
        time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
