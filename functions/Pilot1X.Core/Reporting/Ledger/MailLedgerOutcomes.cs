namespace Pilot1X.Core.Reporting.Ledger;

/// <summary>
/// The outcomes a received mail can have (their contract names, as <c>pilot1x mail --json</c> prints them), what each
/// is called in Chinese, and what a person should do about it.
/// </summary>
public static class MailLedgerOutcomes
{
    public const string Pending = "pending";
    public const string Receipt = "receipt";
    public const string Duplicate = "duplicate";
    public const string AutoReply = "auto_reply";
    public const string Bounce = "bounce";
    public const string NoSender = "no_sender";
    public const string RateLimited = "rate_limited";
    public const string OwnAddress = "own_address";
    public const string Failed = "failed";

    /// <summary>The outcome in Chinese, as the dashboard, the report mail and <c>pilot1x mail</c> show it.</summary>
    public static string Label(string outcome) => outcome switch
    {
        Pending => "处理中",
        Receipt => "已发回执",
        Duplicate => "重复来件",
        AutoReply => "自动回复",
        Bounce => "退信",
        NoSender => "无法回复",
        RateLimited => "回执超限",
        OwnAddress => "本处邮箱发出",
        Failed => "处理失败",
        _ => "未知（" + outcome + "）",
    };

    /// <summary>What the office should do about a mail with this outcome.</summary>
    public static string WhatToDo(string outcome) => outcome switch
    {
        Pending => "无需处理：分析完成后系统自动发回执。",
        Receipt or Duplicate or OwnAddress => "无需处理。",
        AutoReply => "无需处理；如自动回复说明对方不在，可另行电话联系。",
        Bounce => "查看退信说明的是哪封邮件未送达，核对该单位的联系邮箱，必要时电话告知。",
        NoSender => "请人工查看该邮件，电话或另行发邮件告知发件单位检查结果。",
        RateLimited => "请人工查看该发件人的来件，必要时人工回复。",
        Failed => "请人工查看该邮件并回复发件单位；同类问题反复出现时请联系技术支持。",
        _ => "请人工查看该邮件。",
    };

    /// <summary>Whether a mail with this outcome reached nobody or failed, so a person should look at it.</summary>
    public static bool NeedsAttention(string outcome) => outcome is Bounce or NoSender or RateLimited or Failed;
}
