using System.Text;
using System.Text.Json;

namespace Pilot1X.Mail.Outbox;

/// <summary>The outbox queue's message: which outgoing mail to send. Base64 of UTF-8 JSON, the queue trigger's default.</summary>
public sealed record OutboxMessage(string MessageId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToMessage() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this, Json));

    /// <summary>Reads a message; throws <see cref="FormatException"/> (Chinese message) when it is not one of ours.</summary>
    public static OutboxMessage Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var json = message.TrimStart().StartsWith('{') ? Encoding.UTF8.GetBytes(message) : Convert.FromBase64String(message);
            return JsonSerializer.Deserialize<OutboxMessage>(json, Json) is { MessageId.Length: > 0 } parsed
                ? parsed
                : throw new FormatException("发件队列消息缺少 messageId 字段。");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"发件队列消息不是有效的 JSON：{ex.Message}", ex);
        }
    }
}
