using System.Globalization;
using System.IO.Compression;
using Pilot1X.Core.Archives;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Formats;

/// <summary>
/// What the parts read from one Office package have inflated to so far, and the text kept from them. Declared sizes are
/// checked before a part is opened; the real bytes are counted while it is read, because headers can lie. Every bound
/// passed throws <see cref="UnsafeOfficePackageException"/> with a Chinese reason.
/// </summary>
public sealed class OfficePackageBudget(OfficePackageLimits limits)
{
    public OfficePackageLimits Limits { get; } = limits;

    /// <summary>Inflated bytes of every part read so far.</summary>
    public long InflatedBytes { get; private set; }

    public long TextChars { get; private set; }

    public int Paragraphs { get; private set; }

    /// <summary>Refuses <paramref name="entry"/> by its declared sizes, else opens it counted; <paramref name="part"/> names it for people (“正文”).</summary>
    public Stream Open(ZipArchiveEntry entry, string part)
    {
        ArgumentNullException.ThrowIfNull(entry);
        CheckDeclared([(entry, part)]);
        return new InflationGuardStream(entry.Open(), entry.CompressedLength, part, this);
    }

    /// <summary>Refuses parts about to be read whose declared sizes (alone, or together with what was read) pass a bound.</summary>
    public void CheckDeclared(IEnumerable<(ZipArchiveEntry? Entry, string Part)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var total = InflatedBytes;
        foreach (var (entry, part) in parts)
        {
            if (entry is not null)
            {
                CheckPart(part, entry.Length, entry.CompressedLength, "声明解压后为", "未予读取");
                total += entry.Length;
            }
        }

        CheckTotal(total, "各部件声明解压后共", "未予读取");
    }

    /// <summary>Counts <paramref name="added"/> more inflated bytes of a part that has reached <paramref name="partBytes"/>.</summary>
    internal void CountInflated(string part, long partBytes, long compressed, int added)
    {
        InflatedBytes += added;
        CheckPart(part, partBytes, compressed, "实际解压到", "已停止读取");
        CheckTotal(InflatedBytes, "各部件实际解压到", "已停止读取");
    }

    /// <summary>Counts characters of text kept from the document.</summary>
    public void CountText(int chars)
    {
        TextChars += chars;
        if (TextChars > Limits.MaxTextChars)
        {
            throw new UnsafeOfficePackageException(string.Create(CultureInfo.InvariantCulture,
                $"文档文字超过 {Limits.MaxTextChars:N0} 字的检查上限（疑似异常构造的文档），已停止读取。"));
        }
    }

    /// <summary>Counts one more paragraph kept from the document.</summary>
    public void CountParagraph()
    {
        Paragraphs++;
        if (Paragraphs > Limits.MaxParagraphs)
        {
            throw new UnsafeOfficePackageException(string.Create(CultureInfo.InvariantCulture,
                $"文档段落数超过 {Limits.MaxParagraphs:N0} 段的检查上限（疑似异常构造的文档），已停止读取。"));
        }
    }

    /// <summary>Refuses an element opened at <paramref name="depth"/> beyond the nesting limit.</summary>
    public void CheckNesting(int depth)
    {
        if (depth > Limits.MaxXmlDepth)
        {
            throw new UnsafeOfficePackageException(string.Create(CultureInfo.InvariantCulture,
                $"文档内部结构嵌套超过 {Limits.MaxXmlDepth} 层（疑似异常构造的文档），已停止读取。"));
        }
    }

    private void CheckPart(string part, long bytes, long compressed, string verb, string outcome)
    {
        if (bytes > Limits.MaxPartBytes)
        {
            throw new UnsafeOfficePackageException(
                $"文档中的{part}{verb} {ByteSize.Describe(bytes)}，超过单个部件上限 {ByteSize.Describe(Limits.MaxPartBytes)}（疑似“压缩炸弹”），{outcome}。");
        }

        if (compressed > 0 && bytes > Limits.RatioFloorBytes && (double)bytes / compressed > Limits.MaxCompressionRatio)
        {
            throw new UnsafeOfficePackageException(string.Create(CultureInfo.InvariantCulture,
                $"文档中的{part}压缩比达 {(double)bytes / compressed:0}:1（{ByteSize.Describe(compressed)} 解压为 {ByteSize.Describe(bytes)}），超过上限 {Limits.MaxCompressionRatio:0}:1，疑似“压缩炸弹”，{outcome}。"));
        }
    }

    private void CheckTotal(long total, string verb, string outcome)
    {
        if (total > Limits.MaxTotalBytes)
        {
            throw new UnsafeOfficePackageException(
                $"文档{verb} {ByteSize.Describe(total)}，超过上限 {ByteSize.Describe(Limits.MaxTotalBytes)}（疑似“压缩炸弹”），{outcome}。");
        }
    }
}
