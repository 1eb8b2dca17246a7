using System.Text;
using System.Text.Json;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// The analysis queue's message: which uploaded blob (and which version of it, by ETag) to analyse.
/// Sent as base64 of UTF-8 JSON, the Functions queue trigger's default encoding, whatever the sending client's options.
/// </summary>
/// <param name="SubmissionId">Stable id of the upload: the same blob version always gets the same id.</param>
/// <param name="Institution">The upload folder (<c>uploads/{institution}/…</c>), as the school named it.</param>
/// <param name="BlobName">The blob's name inside the uploads container.</param>
/// <param name="ETag">The blob version the submission record was made for.</param>
/// <param name="ReceivedAt">When it counts as received (the upload time, unless a run says otherwise).</param>
public sealed record AnalysisRequest(string SubmissionId, string Institution, string BlobName, string ETag, DateTimeOffset ReceivedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToMessage() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this, Json));

    /// <summary>Reads a message; throws <see cref="FormatException"/> (Chinese message) when it is not one of ours.</summary>
    public static AnalysisRequest Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var json = message.TrimStart().StartsWith('{') ? Encoding.UTF8.GetBytes(message) : Convert.FromBase64String(message);
            var request = JsonSerializer.Deserialize<AnalysisRequest>(json, Json);
            return request is { SubmissionId.Length: > 0, BlobName.Length: > 0, ETag: not null, Institution: not null }
                ? request
                : throw new FormatException("分析队列消息缺少 submissionId、blobName、etag 或 institution 字段。");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"分析队列消息不是有效的 JSON：{ex.Message}", ex);
        }
    }
}
