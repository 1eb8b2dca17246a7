using System.Buffers;
using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace Pilot1X.Core.Email;

/// <summary>
/// Where a raw message's header block ends, found by reading at most the limit in bytes before any MIME parsing;
/// past the limit, the subject as far as it can be safely read so the refusal can name the mail.
/// </summary>
/// <param name="Length">Bytes from the start to the empty line that ends the headers (inclusive), or the whole message when it has no body; null when the block goes on past the limit.</param>
/// <param name="Subject">When over the limit: the start of the Subject found within the limit, decoded and shortened; otherwise null.</param>
internal sealed record HeaderBlock(long? Length, string? Subject)
{
    private const int MaxSubjectBytes = 2048;
    private const int MaxSubjectChars = 60;

    /// <summary>Scans from the stream's position; the position is restored.</summary>
    public static HeaderBlock Scan(Stream stream, int limit, ParserOptions options)
    {
        var start = stream.Position;
        var window = limit + 2;
        var buffer = ArrayPool<byte>.Shared.Rent(window);
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, window), window, throwOnEndOfStream: false);
            var head = buffer.AsSpan(0, read);
            var end = EndOf(head);
            if (end >= 0 && end <= limit)
            {
                return new HeaderBlock(end, null);
            }

            return end < 0 && read <= limit ? new HeaderBlock(read, null) : new HeaderBlock(null, SubjectIn(head[..Math.Min(read, limit)], options));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = start;
        }
    }

    private static int EndOf(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\n"u8))
        {
            return 1;
        }

        if (head.StartsWith("\r\n"u8))
        {
            return 2;
        }

        var unix = head.IndexOf("\n\n"u8);
        var dos = head.IndexOf("\n\r\n"u8);
        return (unix, dos) switch
        {
            (< 0, < 0) => -1,
            (< 0, _) => dos + 3,
            (_, < 0) => unix + 2,
            _ => Math.Min(unix + 2, dos + 3),
        };
    }

    private static string? SubjectIn(ReadOnlySpan<byte> head, ParserOptions options)
    {
        var line = 0;
        while (line < head.Length)
        {
            var next = head[line..].IndexOf((byte)'\n');
            var lineEnd = next < 0 ? head.Length : line + next + 1;
            if (head[line..].Length >= 8 && Ascii.EqualsIgnoreCase(head.Slice(line, 8), "Subject:"u8))
            {
                return Decode(Folded(head[(line + 8)..]), options);
            }

            line = lineEnd;
        }

        return null;
    }

    // The value with its continuation lines (those starting with white space), no more than MaxSubjectBytes of it.
    private static ReadOnlySpan<byte> Folded(ReadOnlySpan<byte> value)
    {
        var end = 0;
        while (end < value.Length && end < MaxSubjectBytes)
        {
            var next = value[end..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return value[..Math.Min(value.Length, MaxSubjectBytes)];
            }

            end += next + 1;
            if (end >= value.Length || value[end] is not ((byte)' ' or (byte)'\t'))
            {
                break;
            }
        }

        return value[..Math.Min(end, MaxSubjectBytes)];
    }

    private static string? Decode(ReadOnlySpan<byte> raw, ParserOptions options)
    {
        var text = Rfc2047.DecodeText(options, raw.ToArray());
        var subject = string.Concat(text.Where(c => !char.IsControl(c))).Trim();
        if (subject.Length > MaxSubjectChars)
        {
            var cut = char.IsHighSurrogate(subject[MaxSubjectChars - 1]) ? MaxSubjectChars - 1 : MaxSubjectChars;
            subject = subject[..cut] + "…";
        }

        return subject.Length == 0 ? null : subject;
    }
}
