using System.ComponentModel.DataAnnotations;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Receipts for uploads through an institution's link (<c>Receipts__Uploads__QuietPeriod</c>): one receipt per batch,
/// sent once the institution has uploaded nothing for the quiet period, so ten files uploaded in a row get one mail.
/// </summary>
public sealed class UploadReceiptOptions
{
    public const string SectionName = "Receipts:Uploads";

    /// <summary>How long after an institution's last upload its batch is considered finished and answered.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromMinutes(10);
}
