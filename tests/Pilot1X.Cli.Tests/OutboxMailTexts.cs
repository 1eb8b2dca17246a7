using MimeKit;

namespace Pilot1X.Cli.Tests;

/// <summary>The mails an outbox folder holds as a person reads them: subject, text body and HTML body of each <c>.eml</c>.</summary>
internal static class OutboxMailTexts
{
    /// <summary>Separates a mail's text body from its HTML body in one read text.</summary>
    public const string HtmlMark = "\n----- HTML -----\n";

    /// <summary>Every mail in <paramref name="folder"/> (none when the folder was never written).</summary>
    public static async Task<List<string>> ReadAsync(string folder)
    {
        var texts = new List<string>();
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
        {
            using var message = await MimeMessage.LoadAsync(file);
            texts.Add(message.Subject + "\n" + message.TextBody + HtmlMark + message.HtmlBody);
        }

        return texts;
    }
}
