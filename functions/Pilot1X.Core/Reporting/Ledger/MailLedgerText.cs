using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Reporting.Ledger;

/// <summary>
/// The ledger as <c>pilot1x mail</c> prints it: one line per mail — arrival (CST) · subject · sender · institutions ·
/// outcome in Chinese · reason or what to do.
/// </summary>
public static class MailLedgerText
{
    public static void Write(TextWriter output, MailLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ledger);
        output.WriteLine($"来件（截至 {OfficeLabels.Cst(ledger.AsOf)}，北京时间）：共 {ledger.Messages.Count} 封，"
            + $"已发回执 {ledger.Messages.Count(m => m.Outcome == MailLedgerOutcomes.Receipt)} 封，需人工查看 {ledger.Messages.Count(m => m.NeedsAttention)} 封。");
        if (ledger.Messages.Count == 0)
        {
            output.WriteLine("  还没有收到任何邮件。");
        }

        foreach (var message in ledger.Messages)
        {
            output.WriteLine(Line(message));
        }
    }

    /// <summary>One mail in one line.</summary>
    public static string Line(MailLedgerEntry message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return string.Join(" · ",
            OfficeLabels.Cst(message.ArrivedAt),
            "《" + OneLine(message.Subject is { Length: > 0 } s ? s : "（无主题）") + "》",
            OneLine(message.From ?? "（无发件人）"),
            message.Institutions.Count > 0 ? string.Join("、", message.Institutions) : "（未归入名单内单位）",
            MailLedgerOutcomes.Label(message.Outcome),
            Explanation(message));
    }

    /// <summary>The reason when there is one, then what to do.</summary>
    public static string Explanation(MailLedgerEntry message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var todo = MailLedgerOutcomes.WhatToDo(message.Outcome);
        return message.Reason is not { Length: > 0 } reason ? todo
            : reason.Contains(todo, StringComparison.Ordinal) ? OneLine(reason)
            : OneLine(reason) + " " + todo;
    }

    // A subject or sender may carry line breaks or tabs (folded or hostile headers): one mail stays one line.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
