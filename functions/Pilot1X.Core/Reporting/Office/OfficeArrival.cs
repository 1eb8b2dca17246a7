namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// One submission as the office knows it: a mail by its subject and arrival time, an upload by its arrival time alone.
/// </summary>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Institutions">The roster institutions its files were counted for (empty when none).</param>
/// <param name="Subject">The mail's subject (untrusted text), or null for an upload or a file checked from disk.</param>
public sealed record OfficeArrival(DateTimeOffset ReceivedAt, IReadOnlyList<string> Institutions, string? Subject)
{
    /// <summary>The arrival as a person reads it: 邮件“主题”（2020-12-26 09:05 收到） or 上传（2020-12-26 09:05 收到）.</summary>
    public string Describe() =>
        (Subject is null ? "上传" : Intake.DisplayName.Mail(Subject)) + "（" + OfficeLabels.Cst(ReceivedAt) + " 收到）";
}
