using Pilot1X.Mail.Outbox;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>--smtp</c> of the commands that send mail: a pickup folder of .eml files (default <c>out/outbox</c>) or
/// <c>smtp://HOST:PORT</c> / <c>smtps://USER:PASSWORD@HOST:PORT</c>, paced when a server is named.
/// </summary>
internal static class OutboxArgument
{
    public const string DefaultPickup = "out/outbox";

    public static IMailDelivery Parse(string? smtp, TimeSpan pacing, TimeProvider clock)
    {
        if (smtp is null || !smtp.Contains("://", StringComparison.Ordinal))
        {
            return new PickupFolderDelivery(smtp ?? DefaultPickup);
        }

        try
        {
            var server = new SmtpDelivery(SmtpEndpoint.Parse(smtp));
            return pacing > TimeSpan.Zero ? new PacedDelivery(server, pacing, clock) : server;
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    /// <summary>Where the mails went, for the summary line.</summary>
    public static string Describe(IMailDelivery delivery) =>
        delivery is PickupFolderDelivery pickup ? $"写入 {pickup.Directory}（.eml 文件）" : "经 SMTP 服务器发出";
}
