using System.Globalization;
using System.Text;

namespace Pilot1X.Samples;

/// <summary>
/// Mails built to exhaust a parser (found in a review): raw .eml bytes, written directly because a MIME library would
/// refuse or repair exactly what makes them hostile.
/// </summary>
public static class HostileMail
{
    /// <summary>
    /// An HTML body of about <paramref name="bodyBytes"/> bytes announcing a 超大附件, then thousands of NetEase download
    /// links whose anchors are never closed (each made a backtracking anchor regex rescan the rest of the body).
    /// </summary>
    public static byte[] UnclosedLinkFlood(string subject, string fromAddress, int bodyBytes)
    {
        var body = new StringBuilder("<html><body><div>您好，材料见超大附件。</div><div><b>从网易163邮箱发来的超大附件</b></div>");
        for (var (i, bytes) = (0, Encoding.UTF8.GetByteCount(body.ToString())); bytes < bodyBytes; i++)
        {
            var link = string.Create(CultureInfo.InvariantCulture,
                $"<a href=\"https://mail.163.com/large-attachment-download/index.html?p=X{i}&amp;file={i}\" target=\"_blank\">材料{i}.zip ");
            body.Append(link);
            bytes += Encoding.UTF8.GetByteCount(link);
        }

        return Message(subject, fromAddress, "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n", string.Empty, body.ToString());
    }

    /// <summary>A mail whose header block is about <paramref name="headerBytes"/> long: one To header folded over thousands of lines.</summary>
    public static byte[] OversizedHeader(string subject, string fromAddress, int headerBytes)
    {
        var to = new StringBuilder("To: office@hbe.gov.cn");
        for (var i = 0; to.Length < headerBytes; i++)
        {
            to.Append(CultureInfo.InvariantCulture, $",\r\n recipient{i} <r{i}@example.cn>");
        }

        return Message(subject, fromAddress, "Content-Type: text/plain; charset=utf-8\r\n", to.Append("\r\n").ToString(), "请查收。\r\n");
    }

    private static byte[] Message(string subject, string fromAddress, string contentHeaders, string extraHeaders, string body)
    {
        var encodedSubject = "=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(subject)) + "?=";
        var head = $"From: <{fromAddress}>\r\nSubject: {encodedSubject}\r\nDate: Mon, 21 Dec 2020 10:00:00 +0800\r\n"
                   + $"Message-ID: <{Guid.NewGuid():N}@example.cn>\r\n{extraHeaders}MIME-Version: 1.0\r\n{contentHeaders}\r\n";
        return Encoding.UTF8.GetBytes(head + body);
    }

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
