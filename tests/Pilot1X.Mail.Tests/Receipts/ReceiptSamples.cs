using Microsoft.Extensions.Options;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Mail.Receipts;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Tests.Receipts;

/// <summary>Receipt inputs as the analysis produces them for a typical half-done submission.</summary>
public static class ReceiptSamples
{
    public static readonly Institution School = new("湖北交通职业技术学院", [], true, [], [], SchoolLevel.Higher);

    public static ReceiptComposer Composer(string? from = null) =>
        new(Options.Create(new OfficeOptions { OfficeAddress = "hbzcjc@126.com", From = from }));

    public static ReceiptRequest Request(Institution? institution = null, string subject = "湖北交通职业技术学院1+X材料", string file = "总结报告.docx") => new(
        "0123456789abcdef01234567",
        "jwc@hbjt.edu.cn",
        subject,
        "a1@hbjt.edu.cn",
        "<earlier@hbjt.edu.cn>",
        institution,
        [file],
        [
            new MaterialReport(MaterialKind.Summary, true, MaterialState.Invalid, MaterialState.Missing, [file]),
            new MaterialReport(MaterialKind.Evaluation, true, MaterialState.Missing, MaterialState.Missing, []),
        ],
        [Finding.Of(FindingCode.NameNonconforming, file, $"文件“{file}”的名称不符合要求。", "请改名为“湖北交通职业技术学院1+X证书制度试点工作总结报告.docx”。")],
        new DateTimeOffset(2020, 12, 20, 2, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8)));
}
