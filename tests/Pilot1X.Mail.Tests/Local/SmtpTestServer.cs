using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>A real SMTP server (NuGet SmtpServer) on loopback that keeps what it accepted, can be stopped and restarted on the same port, or told to refuse with a reply code.</summary>
public sealed class SmtpTestServer(bool implicitTls = false) : IAsyncDisposable
{
    private readonly Store _store = new();
    private readonly X509Certificate2? _certificate = implicitTls ? SelfSigned() : null;
    private CancellationTokenSource? _running;
    private Task? _task;

    public int Port { get; } = FreePort();

    public IReadOnlyCollection<MimeMessage> Received => _store.Messages;

    /// <summary>When set, every message is refused with this reply (e.g. 550 for spam, 452 for a quota).</summary>
    public SmtpResponse? Refusal { get => _store.Refusal; set => _store.Refusal = value; }

    /// <summary>Trusts exactly this server's generated certificate.</summary>
    public RemoteCertificateValidationCallback CertificateValidation => (_, certificate, _, _) =>
        certificate is not null && _certificate is not null && certificate.GetCertHash().AsSpan().SequenceEqual(_certificate.GetCertHash());

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b =>
        {
            b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
            if (_certificate is not null)
            {
                b.IsSecure(true).Certificate(_certificate);
            }
        }).Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(_store);
        _running = new CancellationTokenSource();
        _task = new SmtpServer.SmtpServer(options, provider).StartAsync(_running.Token);
    }

    public async Task StopAsync()
    {
        if (_running is not null && _task is not null)
        {
            await _running.CancelAsync();
            try
            {
                await _task;
            }
            catch (OperationCanceledException)
            {
            }

            _running.Dispose();
            _running = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _certificate?.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public SmtpResponse? Refusal { get; set; }

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Refusal is { } refusal)
            {
                return Task.FromResult(refusal);
            }

            Messages.Enqueue(MimeMessage.Load(new MemoryStream(buffer.ToArray()), cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
