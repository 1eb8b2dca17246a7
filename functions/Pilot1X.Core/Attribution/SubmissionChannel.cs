namespace Pilot1X.Core.Attribution;

/// <summary>
/// How a file reached the office, which decides for whom it may be filed (<see cref="FilingAuthority"/>): an upload
/// link or a folder vouches for one institution; a mail only for the institutions whose roster lists its sender.
/// </summary>
/// <param name="Kind">The way it came.</param>
/// <param name="Institution">
/// For an upload link or a folder: the institution it belongs to. For a mail: the institution whose roster contact
/// (联系邮箱) the sender is, when exactly one is.
/// </param>
/// <param name="Sender">For a mail: the sender's address, lower case (null when the mail has none).</param>
public sealed record SubmissionChannel(ChannelKind Kind, string? Institution, string? Sender)
{
    /// <summary>A file handed straight to <c>pilot1x check</c>: its user decides, the name attributes it.</summary>
    public static readonly SubmissionChannel Direct = new(ChannelKind.Direct, null, null);

    public static SubmissionChannel Link(string institution, bool uploadLink) =>
        new(uploadLink ? ChannelKind.UploadLink : ChannelKind.Folder, institution, null);

    public static SubmissionChannel Mail(string? address, string? senderInstitution = null) =>
        new(ChannelKind.Mail, senderInstitution, ContactAddress.Canonical(address));

    /// <summary>Who submitted, as compared between two versions of one material: the link's institution or the sender's address.</summary>
    public string Submitter => Kind switch
    {
        ChannelKind.UploadLink or ChannelKind.Folder => "link:" + Institution,
        ChannelKind.Mail => "mail:" + Sender,
        _ => "direct",
    };

    /// <summary>The channel as the office reads it (“通过“…”的上传链接”, “由 … 发送”).</summary>
    public string Describe() => Kind switch
    {
        ChannelKind.UploadLink => $"通过“{Institution}”的上传链接上传",
        ChannelKind.Folder => $"放在以“{Institution}”命名的文件夹中",
        ChannelKind.Mail when Institution is { Length: > 0 } own && Sender is { Length: > 0 } contact => $"由“{own}”登记的联系邮箱 {contact} 发送",
        ChannelKind.Mail => Sender is { Length: > 0 } sender ? $"由邮箱 {sender} 发送" : "由未写发件地址的邮件发送",
        _ => "直接提交检查",
    };

    /// <summary>A stored <see cref="Submitter"/> as the office reads it; null when unknown (stored before submitters were kept).</summary>
    public static string? DescribeSubmitter(string? submitter) => submitter switch
    {
        null or "" => null,
        _ when submitter.StartsWith("link:", StringComparison.Ordinal) => $"“{submitter[5..]}”的上传链接",
        _ when submitter.StartsWith("mail:", StringComparison.Ordinal) => submitter.Length > 5 ? $"邮箱 {submitter[5..]}" : "未写发件地址的邮件",
        _ => "直接提交",
    };
}
