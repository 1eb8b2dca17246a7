using System.Globalization;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Archives;

/// <summary>
/// Inflates one entry into spooled content while watching every limit: declared sizes are checked before any byte is
/// inflated, and the real byte count is checked while streaming because headers can lie. Returns the content, or the
/// reason (Chinese) it was refused.
/// </summary>
internal static class EntryExtractor
{
    /// <summary>Below this many bytes a high ratio is harmless (a small file of spaces), so it is not a bomb.</summary>
    public const long RatioFloor = 1L << 20;

    private const int BufferSize = 81920;

    /// <summary>Why the declared sizes alone already forbid extracting the entry, or null.</summary>
    public static string? RefuseByDeclaredSize(ArchiveEntryView view, string name, ExpansionBudget budget)
    {
        if (!view.SizeKnown)
        {
            return null;
        }

        return Excess(name, view.DeclaredSize, budget, "声明解压后为", "未解压")
               ?? RatioExcess(name, view.DeclaredSize, view.CompressedSize, budget, "未解压");
    }

    /// <summary>Streams the entry into a spool; on refusal returns null content and the reason.</summary>
    public static (Stream? Content, string? Refusal) Extract(ArchiveEntryView view, string name, ExpansionBudget budget,
        CancellationToken cancellationToken)
    {
        var limit = budget.RemainingBytes;
        using var spool = new BoundedSpoolStream(limit);
        using (var input = view.Open())
        {
            var buffer = new byte[BufferSize];
            long written = 0;
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                written += read;
                var refusal = LiveRefusal(view, name, written, budget);
                if (refusal is not null)
                {
                    return (null, refusal);
                }

                spool.Write(buffer, 0, read);
            }

            if (view.SizeKnown && written < view.DeclaredSize)
            {
                throw new InvalidDataException($"entry ended after {written} of {view.DeclaredSize} declared bytes");
            }
        }

        budget.TryAddBytes(spool.Length);
        return (spool.Detach(), null);
    }

    private static string? LiveRefusal(ArchiveEntryView view, string name, long written, ExpansionBudget budget)
    {
        if (view.SizeKnown && written > view.DeclaredSize)
        {
            return $"压缩包内文件“{name}”实际解压出的数据已超过文件头声明的 {ByteSize.Describe(view.DeclaredSize)}，文件头不可信（疑似恶意构造），已停止读取。";
        }

        return Excess(name, written, budget, "解压到", "已停止读取")
               ?? RatioExcess(name, written, view.CompressedSize, budget, "已停止读取");
    }

    private static string? Excess(string name, long bytes, ExpansionBudget budget, string verb, string outcome)
    {
        var limits = budget.Limits;
        if (bytes > limits.MaxEntryBytes)
        {
            return $"压缩包内文件“{name}”{verb} {ByteSize.Describe(bytes)}，超过单个文件上限 {ByteSize.Describe(limits.MaxEntryBytes)}，{outcome}。";
        }

        var remaining = budget.RemainingBytes;
        return bytes > remaining
            ? $"压缩包内文件“{name}”{verb} {ByteSize.Describe(bytes)}，超过本次提交解压总量的剩余额度 {ByteSize.Describe(remaining)}（总上限 {ByteSize.Describe(limits.MaxTotalBytes)}），{outcome}。"
            : null;
    }

    private static string? RatioExcess(string name, long bytes, long compressed, ExpansionBudget budget, string outcome)
    {
        if (compressed <= 0 || bytes <= RatioFloor)
        {
            return null;
        }

        var ratio = (double)bytes / compressed;
        var max = budget.Limits.MaxCompressionRatio;
        return ratio > max
            ? string.Create(CultureInfo.InvariantCulture,
                $"压缩包内文件“{name}”压缩比达 {ratio:0}:1（{ByteSize.Describe(compressed)} 解压为 {ByteSize.Describe(bytes)}），超过上限 {max:0}:1，疑似“压缩炸弹”，{outcome}。")
            : null;
    }
}
