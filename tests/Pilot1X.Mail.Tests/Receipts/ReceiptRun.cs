using MimeKit;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Tests.Local;

namespace Pilot1X.Mail.Tests.Receipts;

/// <summary>
/// One mail cycle over a folder of .eml files with a roster of the test's own, on Azurite, into a pickup folder: what a
/// local <c>pilot1x run</c> does. Returns the mails written to the pickup folder, read back as the recipients read them.
/// </summary>
public sealed class ReceiptRun : IAsyncDisposable
{
    public const string Office = "hbzcjc@126.com";

    private readonly string _work = Directory.CreateTempSubdirectory("pilot1x-receipts-").FullName;

    public ReceiptRun(AzuriteFixture azurite, string roster, string deadline = "2099-12-28T23:59:59+08:00", string? contactName = "王老师")
    {
        var path = Path.Combine(_work, "名单.csv");
        File.WriteAllText(path, roster);
        Directory.CreateDirectory(Inbox);
        Harness = new MailHarness(azurite, null, new()
        {
            ["Pilot1X:RosterPath"] = path,
            ["Pilot1X:Deadline"] = deadline,
            ["Pilot1X:OfficeAddress"] = Office,
            ["Pilot1X:OfficeContactName"] = contactName,
        });
    }

    public MailHarness Harness { get; }

    private string Inbox => Path.Combine(_work, "inbox");

    private string Pickup => Path.Combine(_work, "pickup");

    /// <summary>Runs one mail cycle over <paramref name="mails"/> (received at <paramref name="receivedAt"/>) and returns every mail written.</summary>
    public async Task<IReadOnlyList<MimeMessage>> RunAsync(DateTimeOffset receivedAt, params byte[][] mails)
    {
        foreach (var (mail, index) in mails.Select((m, i) => (m, i)))
        {
            await File.WriteAllBytesAsync(Path.Combine(Inbox, $"{index:D2}.eml"), mail);
        }

        await Harness.Get<MailCycle>().RunOnceAsync(Inbox, receivedAt, new PickupFolderDelivery(Pickup), CancellationToken.None);
        var written = new List<MimeMessage>();
        foreach (var file in Directory.Exists(Pickup) ? Directory.GetFiles(Pickup, "*.eml") : [])
        {
            written.Add(await MimeMessage.LoadAsync(file));
        }

        return written;
    }

    /// <summary>The plain text of a receipt or notice, line endings as \n.</summary>
    public static string Text(MimeMessage message) => (message.TextBody ?? string.Empty).ReplaceLineEndings("\n");

    /// <summary>The lines of one numbered block of a receipt (“三、需要修改的问题” …), without the bullet.</summary>
    public static IReadOnlyList<string> Block(MimeMessage message, string title)
    {
        var lines = Text(message).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(title, StringComparison.Ordinal));
        return start < 0 ? [] : [.. lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  · ", StringComparison.Ordinal)).Select(l => l[4..])];
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}
