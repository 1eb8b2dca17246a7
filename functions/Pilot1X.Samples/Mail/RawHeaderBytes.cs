using System.Text;

namespace Pilot1X.Samples;

/// <summary>
/// Puts raw 8-bit bytes into header parameters, which MimeKit (rightly) never writes: the sample is built with ASCII
/// placeholders and the placeholders are replaced by the quoted GBK bytes afterwards.
/// </summary>
internal static class RawHeaderBytes
{
    public static byte[] Substitute(byte[] message, IReadOnlyDictionary<string, string> placeholders, Encoding encoding)
    {
        var result = message;
        foreach (var (placeholder, value) in placeholders)
        {
            var quoted = Encoding.ASCII.GetBytes(placeholder);
            var replacement = new List<byte> { (byte)'"' };
            replacement.AddRange(encoding.GetBytes(value));
            replacement.Add((byte)'"');
            result = ReplaceAll(result, quoted, [.. replacement]);
        }

        return result;
    }

    private static byte[] ReplaceAll(byte[] source, byte[] find, byte[] replacement)
    {
        var output = new List<byte>(source.Length + 256);
        var span = source.AsSpan();
        int index;
        while ((index = span.IndexOf(find)) >= 0)
        {
            output.AddRange(span[..index]);
            var quotedAlready = index > 0 && span[index - 1] == '"';
            output.AddRange(quotedAlready ? replacement.AsSpan(1, replacement.Length - 2) : replacement);
            span = span[(index + find.Length)..];
        }

        output.AddRange(span);
        return [.. output];
    }
}
