namespace Pilot1X.Functions;

/// <summary>The office's own address (<c>Pilot1X__OfficeAddress</c>): the sender of reminders.</summary>
public sealed class OfficeOptions
{
    public const string SectionName = "Pilot1X";

    /// <summary>Used when the setting is absent (local runs): reminders then only land in the outbox container.</summary>
    public const string FallbackAddress = "pilot1x@localhost";

    public string? OfficeAddress { get; set; }
}
