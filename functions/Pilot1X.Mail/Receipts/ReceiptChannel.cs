namespace Pilot1X.Mail.Receipts;

/// <summary>How the files a receipt answers arrived: a mail (the receipt replies in its thread) or an upload link.</summary>
public enum ReceiptChannel
{
    Mail,

    /// <summary>A batch of uploads through an institution's link: the receipt goes to the roster's contact addresses.</summary>
    UploadLink,
}
