namespace Pilot1X.Core.Reporting.Ledger;

/// <summary>
/// Writes a <see cref="MailLedger"/> as the <c>pilot1x.mail/1</c> document:
/// <c>{"schema","asOf","messages":[{"messageId","arrivedAt","from","subject","institutions","outcome","receipt","reason"}]}</c>.
/// </summary>
public static class MailLedgerJson
{
    public static void Write(Stream output, MailLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var json = CheckReportJson.CreateWriter(output);
        json.WriteStartObject();
        json.WriteString("schema", MailLedger.Schema);
        json.WriteString("asOf", CheckReportJson.Iso(ledger.AsOf));
        json.WriteStartArray("messages");
        foreach (var message in ledger.Messages)
        {
            json.WriteStartObject();
            json.WriteString("messageId", message.MessageId);
            json.WriteString("arrivedAt", CheckReportJson.Iso(message.ArrivedAt));
            json.WriteString("from", message.From);
            json.WriteString("subject", message.Subject);
            json.WriteStartArray("institutions");
            foreach (var institution in message.Institutions)
            {
                json.WriteStringValue(institution);
            }

            json.WriteEndArray();
            json.WriteString("outcome", message.Outcome);
            json.WriteString("receipt", message.Receipt);
            json.WriteString("reason", message.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
