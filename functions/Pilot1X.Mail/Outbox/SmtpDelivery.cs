using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Pilot1X.Mail.Outbox;

/// <summary>
/// Sends through an SMTP server with MailKit. Failures are sorted by what they mean for a retry: anything before the
/// message transfer and every 4xx reply is temporary, a 5xx is permanent, and a broken connection during the transfer
/// is uncertain (the server may have queued it), which the outbox never resends on its own.
/// </summary>
public sealed class SmtpDelivery(SmtpEndpoint endpoint) : IMailDelivery
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { ServerCertificateValidationCallback = endpoint.CertificateValidation, Timeout = 60_000 };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Security, cancellationToken).ConfigureAwait(false);
            if (endpoint.User is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, endpoint.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is SocketException or IOException or SslHandshakeException or AuthenticationException or SmtpCommandException or SmtpProtocolException)
        {
            throw new DeliveryException(DeliveryFailure.Temporary, $"无法连接或登录发信服务器 {endpoint.Host}:{endpoint.Port}（{ex.Message}），稍后重试。", ex);
        }

        try
        {
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException ex)
        {
            var code = ((int)ex.StatusCode).ToString(CultureInfo.InvariantCulture);
            throw (int)ex.StatusCode >= 500
                ? new DeliveryException(DeliveryFailure.Permanent, $"发信服务器拒收（{code} {ex.Message}），不再重试。请检查收件地址，或在邮箱后台确认是否被判为垃圾邮件。", ex)
                : new DeliveryException(DeliveryFailure.Temporary, $"发信服务器暂时拒收（{code} {ex.Message}），稍后重试。", ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or ServiceNotConnectedException)
        {
            throw new DeliveryException(DeliveryFailure.Uncertain,
                $"向 {endpoint.Host} 发送时连接中断（{ex.Message}），服务器可能已收下该邮件。为避免重复发送，未自动重发；请在发件邮箱“已发送”中按 Message-ID <{message.MessageId}> 核对后决定是否重发。", ex);
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException)
        {
            // The message was accepted (250 after DATA); a failed QUIT changes nothing.
        }
    }
}
