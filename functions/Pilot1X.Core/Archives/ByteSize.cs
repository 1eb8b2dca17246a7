using System.Globalization;

namespace Pilot1X.Core.Archives;

/// <summary>Formats byte counts the way the office reads them in a message: exact bytes plus MB.</summary>
internal static class ByteSize
{
    public static string Describe(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} 字节（{bytes / 1048576.0:0.#} MB）");
}
