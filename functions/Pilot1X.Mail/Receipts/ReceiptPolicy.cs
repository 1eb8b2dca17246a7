using Pilot1X.Core.Email;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Who never gets a receipt: auto-replies, bounces, bulk and list mail (answering them starts loops or spams lists),
/// mail from our own addresses, and mail without a deliverable sender to answer. Returns the reason code for the
/// <c>Receipt</c> column; <see cref="Explain"/> gives the outcome and the office's Chinese reason.
/// </summary>
public static class ReceiptPolicy
{
    private static readonly string[] Robots = ["mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply"];

    public static string? RefusalOf(MailMessageRow message, OfficeOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        if (message.IgnoreReason is { } reason)
        {
            return reason;
        }

        if (!SenderAddress.IsDeliverable(message.From))
        {
            return "NO_SENDER";
        }

        var from = message.From!.Trim();
        if (from.Equals(options.OfficeAddress, StringComparison.OrdinalIgnoreCase) || (options.From is { Length: > 0 } own && from.Equals(own, StringComparison.OrdinalIgnoreCase)))
        {
            return "OWN_ADDRESS";
        }

        var local = from[..from.IndexOf('@', StringComparison.Ordinal)];
        return Robots.Any(r => local.Equals(r, StringComparison.OrdinalIgnoreCase)) ? "ROBOT_SENDER" : null;
    }

    /// <summary>The outcome a refusal code stands for and why, as the office reads it on the mail's row.</summary>
    public static (MailOutcome Outcome, string Reason) Explain(string refusal, MailMessageRow message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return refusal switch
        {
            "AUTO_REPLY" => (MailOutcome.AutoReply, "这是一封自动回复邮件，不发回执（以免两边自动回复往复不停）。"),
            "BULK" => (MailOutcome.AutoReply, "这是一封群发或邮件列表邮件，不发回执。"),
            "BOUNCE" => (MailOutcome.Bounce, "这是一封退信（投递失败通知），不发回执；请查看原邮件，确认是哪封发出的邮件未送达。"),
            "OWN_ADDRESS" => (MailOutcome.OwnAddress, "发件人是职成教处自己的邮箱，不发回执。"),
            "ROBOT_SENDER" => (MailOutcome.NoSender, $"发件人“{message.From}”是系统地址（不接收回信），不发回执。"),
            "UNREADABLE" => (MailOutcome.NoSender, "邮件无法解析，读不到发件人，未发回执；原邮件已保存，请人工查看。"),
            "HEADER_TOO_LARGE" => (MailOutcome.NoSender, "邮件头过大（例如收件人列表极长），未读取发件人，未发回执；原邮件已保存，请人工查看后联系发件单位。"),
            _ => (MailOutcome.NoSender, message.FromHeader is { Length: > 0 } written
                ? $"发件人“{written}”不是可以回信的邮箱地址，回复地址（Reply-To）、Sender、Return-Path 中也没有，未发回执；如需回复，请按邮件主题和到达时间人工联系。"
                : "邮件没有可以回信的发件人地址（From、Reply-To、Sender、Return-Path 均无），未发回执；如需回复，请按邮件主题和到达时间人工联系。"),
        };
    }
}
