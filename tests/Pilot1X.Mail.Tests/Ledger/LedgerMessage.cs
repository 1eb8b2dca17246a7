using System.Text.Json;

namespace Pilot1X.Mail.Tests.Ledger;

/// <summary>One message of a <c>pilot1x.mail/1</c> document, as a test reads it back.</summary>
public sealed record LedgerMessage(string? MessageId, DateTimeOffset ArrivedAt, string? From, string Subject, IReadOnlyList<string> Institutions,
    string Outcome, string? Receipt, string? Reason)
{
    public static LedgerMessage Read(JsonElement message) => new(
        message.GetProperty("messageId").GetString(),
        message.GetProperty("arrivedAt").GetDateTimeOffset(),
        message.GetProperty("from").GetString(),
        message.GetProperty("subject").GetString() ?? string.Empty,
        [.. message.GetProperty("institutions").EnumerateArray().Select(i => i.GetString() ?? string.Empty)],
        message.GetProperty("outcome").GetString() ?? string.Empty,
        message.GetProperty("receipt").GetString(),
        message.GetProperty("reason").GetString());
}
