using Pilot1X.Core.Reporting.Office;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Reports;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x report --send</c>: the report mail, on demand (a fresh Message-ID, so every --send is its own mail),
/// through the outbox and drained at once to the pickup folder (default <c>out/outbox</c>) or the SMTP server.
/// </summary>
internal static class ReportMailSend
{
    public static async Task RunAsync(LocalPipeline pipeline, OfficeSummary summary, IReadOnlyList<string> to, string? smtp, TextWriter stdout,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var delivery = OutboxArgument.Parse(smtp, TimeSpan.Zero, clock);
        var report = await pipeline.Get<OfficeReportSender>().SendOnDemandAsync(summary, to.Count > 0 ? to : null, cancellationToken).ConfigureAwait(false);
        var outbox = pipeline.Get<MailOutbox>();
        var drained = await pipeline.Get<OutboxDrainer>().DrainAsync(delivery, cancellationToken).ConfigureAwait(false);
        var state = await outbox.StateOfAsync(report.MessageId, cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync(state == OutboxState.Sent
            ? $"汇总邮件（按需发送）已发给 {string.Join("、", report.To)}（{OutboxArgument.Describe(delivery)}），附件 {report.Attachment}，Message-ID <{report.MessageId}>。"
            : $"汇总邮件（按需发送）给 {string.Join("、", report.To)} 的邮件已放入发件箱但未能发出（{state}）：原因见 Outbox 表 LastError，暂时性失败会在下次 pilot1x run/remind/report --send 时重试。").ConfigureAwait(false);
        if (drained.Count > 1)
        {
            await stdout.WriteLineAsync($"发件箱中另有 {drained.Count - 1} 封待发邮件一并处理。").ConfigureAwait(false);
        }
    }
}
