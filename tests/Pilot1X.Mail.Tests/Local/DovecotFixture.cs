using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>
/// A throwaway Dovecot (Debian's dovecot-imapd, installed by tests/run.sh) from its own config file: passwd-file users,
/// a self-signed certificate made with openssl, IMAPS and plain IMAP on loopback, the maildir owned by nobody (the
/// login process refuses root), <c>imap_id_log = *</c> so the client's ID shows in its log.
/// </summary>
public sealed class DovecotFixture : IAsyncLifetime
{
    public const string Password = "auth-code-secret";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pilot1x-dovecot-" + Guid.NewGuid().ToString("N"));
    private readonly Lock _users = new();
    private Process? _dovecot;
    private byte[]? _certificateHash;

    public int ImapsPort { get; } = FreePort();

    public int ImapPort { get; } = FreePort();

    /// <summary>Trusts exactly the certificate this fixture generated (pinned by its hash), nothing else.</summary>
    public RemoteCertificateValidationCallback CertificateValidation => (_, certificate, _, _) =>
        certificate is not null && _certificateHash is not null && certificate.GetCertHash().AsSpan().SequenceEqual(_certificateHash);

    public string LogPath => Path.Combine(_root, "dovecot.log");

    private string PasswdPath => Path.Combine(_root, "passwd");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "home"));
        await RunAsync("openssl", $"req -x509 -newkey rsa:2048 -nodes -keyout {_root}/key.pem -out {_root}/cert.pem -days 2 -subj /CN=localhost");
        using (var certificate = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync($"{_root}/cert.pem")))
        {
            _certificateHash = certificate.GetCertHash();
        }

        await File.WriteAllTextAsync(PasswdPath, string.Empty);
        await RunAsync("chown", $"65534:65534 {_root}/home");
        await File.WriteAllTextAsync(Path.Combine(_root, "dovecot.conf"), Config());
        _dovecot = Process.Start(new ProcessStartInfo("dovecot", $"-F -c {_root}/dovecot.conf") { UseShellExecute = false })
            ?? throw new InvalidOperationException("dovecot did not start");
        for (var i = 0; i < 100 && !Listening(ImapsPort); i++)
        {
            await Task.Delay(100);
        }

        if (!Listening(ImapsPort))
        {
            throw new InvalidOperationException("Dovecot is not listening: " + (File.Exists(LogPath) ? await File.ReadAllTextAsync(LogPath) : "no log"));
        }
    }

    /// <summary>A fresh mailbox user for one test (passwd-file is re-read when it changes).</summary>
    public string NewUser()
    {
        var user = "office-" + Guid.NewGuid().ToString("N")[..8] + "@test.local";
        lock (_users)
        {
            File.AppendAllText(PasswdPath, $"{user}:{{PLAIN}}{Password}::::::\n");
        }

        return user;
    }

    public async Task DisposeAsync()
    {
        if (_dovecot is { HasExited: false })
        {
            // A graceful stop lets the master reap its own children (no zombies left in a container without an init).
            await RunAsync("dovecot", $"-c {_root}/dovecot.conf stop");
            if (!_dovecot.WaitForExit(10_000))
            {
                _dovecot.Kill(entireProcessTree: true);
                await _dovecot.WaitForExitAsync();
            }
        }

        _dovecot?.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Config() => string.Create(CultureInfo.InvariantCulture, $$"""
        base_dir = {{_root}}/run
        state_dir = {{_root}}/state
        log_path = {{_root}}/dovecot.log
        protocols = imap
        listen = 127.0.0.1
        ssl = yes
        ssl_cert = <{{_root}}/cert.pem
        ssl_key = <{{_root}}/key.pem
        disable_plaintext_auth = no
        auth_mechanisms = plain login
        passdb {
          driver = passwd-file
          args = scheme=PLAIN username_format=%u {{_root}}/passwd
        }
        userdb {
          driver = static
          args = uid=65534 gid=65534 home={{_root}}/home/%u
        }
        mail_location = maildir:~/Maildir
        imap_id_log = *
        service imap-login {
          inet_listener imap {
            address = 127.0.0.1
            port = {{ImapPort}}
          }
          inet_listener imaps {
            address = 127.0.0.1
            port = {{ImapsPort}}
            ssl = yes
          }
        }

        """);

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException(file + " did not start");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed: {error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
