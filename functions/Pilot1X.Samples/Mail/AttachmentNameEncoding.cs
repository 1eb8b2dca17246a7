namespace Pilot1X.Samples;

/// <summary>How a sample mail writes non-ASCII attachment names — the three ways Chinese mail clients do it.</summary>
public enum AttachmentNameEncoding
{
    /// <summary><c>filename="=?GB18030?B?…?="</c> (NetEase, Foxmail, Outlook).</summary>
    Rfc2047,

    /// <summary><c>filename*=gb18030''%D7%DC…</c> (RFC 2231).</summary>
    Rfc2231,

    /// <summary><c>filename="…"</c> with raw 8-bit GBK bytes in the header (old clients, some gateways).</summary>
    Raw8Bit,
}
