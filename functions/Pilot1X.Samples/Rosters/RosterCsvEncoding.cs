namespace Pilot1X.Samples;

/// <summary>How Excel saves a CSV roster: “CSV UTF-8” (with BOM), plain UTF-8 from other tools, or Chinese Excel's default GB18030.</summary>
public enum RosterCsvEncoding
{
    Utf8Bom,
    Utf8,
    Gb18030,
}
