using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pilot1X.Samples;

/// <summary>
/// The Chinese code pages samples are written in. The provider is registered when this assembly loads, before any
/// builder touches MimeKit: MimeKit caches its charset table on first use and would never see GBK otherwise.
/// </summary>
internal static class SampleEncodings
{
    public static Encoding Gb18030 { get; } = Encoding.GetEncoding(54936);

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Code pages must be registered before MimeKit's first use anywhere in the process.")]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
