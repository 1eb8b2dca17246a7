namespace Pilot1X.Core.Attribution;

/// <summary>The ways a file reaches the office.</summary>
public enum ChannelKind
{
    /// <summary>Given straight to <c>pilot1x check</c> (no folder named after an institution, not inside a mail).</summary>
    Direct,
    /// <summary>Inside a folder named after an institution (<c>pilot1x check</c>): attributed as an upload link is.</summary>
    Folder,
    /// <summary>Through an institution's upload link (<c>uploads/{institution}/…</c>): authenticated as that institution.</summary>
    UploadLink,
    /// <summary>By mail: the sender's address is all that says who sent it.</summary>
    Mail,
}
