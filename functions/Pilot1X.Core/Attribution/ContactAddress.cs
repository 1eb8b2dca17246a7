using System.Globalization;

namespace Pilot1X.Core.Attribution;

/// <summary>Brings an e-mail address (bare or <c>显示名 &lt;addr&gt;</c>) to the roster's trimmed lower-case form.</summary>
internal static class ContactAddress
{
    internal static string? Canonical(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var text = address.Trim();
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            text = text[(open + 1)..close].Trim();
        }

        return text.Length == 0 ? null : text.ToLower(CultureInfo.InvariantCulture);
    }
}
