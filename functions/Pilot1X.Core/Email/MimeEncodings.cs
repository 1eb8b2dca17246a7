using System.Text;

namespace Pilot1X.Core.Email;

/// <summary>
/// Registers the code-page encodings (GBK, GB2312, GB18030) before MimeKit probes them: MimeKit caches its
/// charset table on first use, so registering later leaves Chinese mail undecodable.
/// </summary>
internal static class MimeEncodings
{
    private static readonly Encoding Gb = RegisterAndGet();

    /// <summary>GB18030, the superset of GB2312 and GBK that Chinese mail clients and Windows zip use.</summary>
    public static Encoding Gb18030 => Gb;

    /// <summary>Ensures the provider is registered (idempotent, cheap after the first call).</summary>
    public static void EnsureRegistered() => _ = Gb;

    private static Encoding RegisterAndGet()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
