using System.Text;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>Header lines as a careless script or a hostile sender writes them, put into a real sample mail byte for byte.</summary>
public static class HostileMail
{
    /// <summary>The mail with each named header replaced by the given raw value (added when absent).</summary>
    public static byte[] WithHeaders(byte[] eml, params (string Name, string Value)[] headers)
    {
        ArgumentNullException.ThrowIfNull(eml);
        var text = Encoding.Latin1.GetString(eml);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var end = text.IndexOf(newline + newline, StringComparison.Ordinal);
        var fields = new List<string>();
        foreach (var line in text[..end].Split(newline))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                fields[^1] += newline + line;
            }
            else
            {
                fields.Add(line);
            }
        }

        foreach (var (name, value) in headers)
        {
            fields.RemoveAll(f => f.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
            fields.Insert(0, $"{name}: {value}");
        }

        return Encoding.Latin1.GetBytes(string.Join(newline, fields) + text[end..]);
    }

    /// <summary>What Python's <c>email.header.Header("王老师 &lt;address&gt;")</c> writes: the whole From as one encoded-word.</summary>
    public static string FullyEncoded(string text) => "=?utf-8?b?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";
}
