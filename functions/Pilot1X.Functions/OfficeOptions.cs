namespace Pilot1X.Functions;

/// <summary>The office's own address (<c>Pilot1X__OfficeAddress</c>) as the Functions app binds it; the mail side reads it through <c>ReceiptOptions</c> and <c>ReportOptions</c>.</summary>
public sealed class OfficeOptions
{
    public const string SectionName = "Pilot1X";

    /// <summary>Used when the setting is absent (local runs).</summary>
    public const string FallbackAddress = "pilot1x@localhost";

    public string? OfficeAddress { get; set; }
}
