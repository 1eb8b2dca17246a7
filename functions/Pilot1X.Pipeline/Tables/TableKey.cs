using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pilot1X.Pipeline.Tables;

/// <summary>
/// Turns domain names (Chinese institution names, file paths) into PartitionKey/RowKey values Table storage accepts:
/// <c>/ \ # ?</c>, control characters and the escape character <c>%</c> itself become <c>%XX</c>/<c>%uXXXX</c>;
/// Chinese stays readable. A key longer than <see cref="TableLimits.MaxKeyChars"/> keeps a readable prefix and ends
/// in the SHA-256 of the whole name, so distinct names never collide. Azurite accepts what Azure rejects, so the
/// rules live here rather than in the emulator.
/// </summary>
public static class TableKey
{
    private const int HashChars = 64;

    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append(c <= 0xFF
                    ? string.Create(CultureInfo.InvariantCulture, $"%{(int)c:X2}")
                    : string.Create(CultureInfo.InvariantCulture, $"%u{(int)c:X4}"));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length <= TableLimits.MaxKeyChars)
        {
            return builder.ToString();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        var prefix = builder.ToString(0, TableLimits.MaxKeyChars - HashChars - 1);
        if (char.IsHighSurrogate(prefix[^1]))
        {
            prefix = prefix[..^1];
        }

        return prefix + "~" + hash;
    }
}
