using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Azure.Data.Tables;

namespace Pilot1X.Pipeline.Tables;

/// <summary>
/// The Azure Table service's limits, checked before anything is sent: Azurite does not enforce them, so code that
/// only ever ran locally would fail in Azure on the first long section or large batch.
/// </summary>
public static class TableLimits
{
    /// <summary>PartitionKey and RowKey: at most 1 KiB each, i.e. 512 UTF-16 characters.</summary>
    public const int MaxKeyChars = 512;

    /// <summary>A string property: at most 64 KiB, i.e. 32K UTF-16 characters.</summary>
    public const int MaxStringChars = 32 * 1024;

    /// <summary>A binary property: at most 64 KiB.</summary>
    public const int MaxBinaryBytes = 64 * 1024;

    /// <summary>One entity: at most 1 MiB in total.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    /// <summary>At most 252 properties of one's own (plus PartitionKey, RowKey, Timestamp).</summary>
    public const int MaxProperties = 252;

    /// <summary>
    /// Longest text copied into a row for a person to recognise something by (a mail's subject or sender, a reason):
    /// far below <see cref="MaxStringChars"/>, so a row holding several of them stays well inside the entity limit.
    /// </summary>
    public const int MaxCopiedTextChars = 1000;

    /// <summary>An entity group transaction: at most 100 operations, all in one partition.</summary>
    public const int MaxBatchOperations = 100;

    /// <summary>An entity group transaction's payload: at most 4 MiB.</summary>
    public const int MaxBatchBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The text cut to at most <paramref name="maxChars"/> characters, ending in “…” when cut (never inside a surrogate
    /// pair): how text copied from a mail or a file into a row stays within a property, the full text staying in its blob.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Shorten(string? text, int maxChars = MaxStringChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        if (text is null || text.Length <= maxChars)
        {
            return text;
        }

        var cut = maxChars - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>Throws <see cref="TableLimitException"/> when the entity would be refused by Azure; returns its size.</summary>
    public static int Validate(ITableEntity entity, string table)
    {
        ArgumentNullException.ThrowIfNull(entity);
        CheckKey(entity.PartitionKey, "PartitionKey", table);
        CheckKey(entity.RowKey, "RowKey", table);
        var size = 4 + (entity.PartitionKey.Length * 2) + (entity.RowKey.Length * 2);
        if (entity is not TableEntity properties)
        {
            return size;
        }

        var own = properties.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).ToList();
        if (own.Count > MaxProperties)
        {
            throw new TableLimitException(Invariant($"表“{table}”的实体有 {own.Count} 个属性，超过 Azure 表存储上限 {MaxProperties} 个。"));
        }

        foreach (var name in own)
        {
            size += 8 + (name.Length * 2) + ValueSize(name, properties[name], table);
        }

        if (size > MaxEntityBytes)
        {
            throw new TableLimitException(Invariant($"表“{table}”的实体（{entity.PartitionKey} / {entity.RowKey}）约 {size} 字节，超过 Azure 表存储单个实体 1 MiB 的上限；长文本应存入 Blob 并在行中保存引用。"));
        }

        return size;
    }

    private static int ValueSize(string name, object? value, string table) => value switch
    {
        null => 0,
        string text when text.Length > MaxStringChars => throw new TableLimitException(
            Invariant($"表“{table}”的属性“{name}”有 {text.Length} 个字符，超过 Azure 表存储字符串属性 {MaxStringChars} 个字符（64 KiB）的上限；长文本应存入 Blob 并在行中保存引用。")),
        string text => 4 + (text.Length * 2),
        byte[] bytes when bytes.Length > MaxBinaryBytes => throw new TableLimitException(
            Invariant($"表“{table}”的属性“{name}”有 {bytes.Length} 字节，超过 Azure 表存储二进制属性 64 KiB 的上限。")),
        byte[] bytes => 4 + bytes.Length,
        bool => 1,
        int => 4,
        long or double or DateTimeOffset or DateTime => 8,
        Guid => 16,
        _ => 8,
    };

    private static void CheckKey(string? key, string which, string table)
    {
        if (key is null)
        {
            throw new TableLimitException($"表“{table}”的实体缺少 {which}。");
        }

        if (key.Length > MaxKeyChars)
        {
            throw new TableLimitException(Invariant($"表“{table}”的 {which} 有 {key.Length} 个字符，超过 Azure 表存储 {MaxKeyChars} 个字符（1 KiB）的上限；请先用 TableKey.Encode 编码。"));
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new TableLimitException(Invariant($"表“{table}”的 {which}“{key}”含有 Azure 表存储不允许的字符 U+{(int)c:X4}；请先用 TableKey.Encode 编码。"));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
