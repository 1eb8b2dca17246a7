using System.IO.Compression;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Tests.Word;
using Pilot1X.Core.Word;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Formats;

public sealed class OfficePackageBudgetTests
{
    // Each test lifts the bounds it does not exercise, so the one under test is the one that refuses.
    private static readonly OfficePackageLimits Lifted = new()
    {
        MaxPartBytes = 1L << 40, MaxTotalBytes = 1L << 40, MaxCompressionRatio = 1e9, MaxTextChars = long.MaxValue, MaxParagraphs = int.MaxValue,
    };

    private static UnsafeOfficePackageException Refusal(byte[] docx, OfficePackageLimits limits) =>
        Assert.Throws<UnsafeOfficePackageException>(() => new OutlineExtractor(limits).Extract(new MemoryStream(docx)));

    [Fact]
    public void A_document_part_declared_larger_than_the_part_limit_is_refused_before_any_of_it_is_inflated()
    {
        var docx = HostileDocxBuilder.TextBomb(3L << 20);
        var budget = new OfficePackageBudget(Lifted with { MaxPartBytes = 2L << 20 });
        using var zip = new MemoryStream(docx);

        var error = Assert.Throws<UnsafeOfficePackageException>(() => DocxPackage.Open(zip, budget).Dispose());

        Assert.Contains("单个部件上限", error.Message, StringComparison.Ordinal);
        Assert.Contains("未予读取", error.Message, StringComparison.Ordinal);
        Assert.InRange(budget.InflatedBytes, 1, 4096); // only the package relationships were read
    }

    [Fact]
    public void Parts_that_each_fit_but_together_pass_the_total_limit_are_refused()
    {
        var text = new string('字', 200_000); // about 600 KB of UTF-8 in each part
        var docx = RawDocx.Create(RawDocx.P(text), styles: $"<w:style w:type=\"paragraph\" w:styleId=\"a\"><w:name w:val=\"{text}\"/></w:style>");

        var error = Refusal(docx, Lifted with { MaxPartBytes = 1L << 20, MaxTotalBytes = 1L << 20 });

        Assert.Contains("各部件声明解压后共", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_inflating_a_thousandfold_is_refused_as_a_compression_bomb()
    {
        var error = Refusal(HostileDocxBuilder.TextBomb(8L << 20), Lifted with { MaxCompressionRatio = OfficePackageLimits.Default.MaxCompressionRatio });

        Assert.Contains("压缩比", error.Message, StringComparison.Ordinal);
        Assert.Contains("压缩炸弹", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_text_past_the_limit_stops_the_reading()
    {
        var error = Refusal(HostileDocxBuilder.TextBomb(2L << 20), Lifted with { MaxTextChars = 100_000 });

        Assert.Contains("100,000 字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_paragraphs_than_the_limit_stop_the_reading()
    {
        var error = Refusal(HostileDocxBuilder.TextBomb(2L << 20, charsPerParagraph: 10), Lifted with { MaxParagraphs = 1_000 });

        Assert.Contains("1,000 段", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_nested_past_the_depth_limit_are_refused_even_inside_content_the_reader_skips()
    {
        // Deleted text (w:del) is skipped unread; the nesting inside it still costs the parser memory per level.
        var nested = string.Concat(Enumerable.Repeat("<w:x>", 300)) + string.Concat(Enumerable.Repeat("</w:x>", 300));
        var docx = RawDocx.Create($"<w:p><w:del w:id=\"1\" w:author=\"a\">{nested}</w:del></w:p>");

        var error = Refusal(docx, Lifted with { MaxXmlDepth = OfficePackageLimits.Default.MaxXmlDepth });

        Assert.Contains("嵌套超过 256 层", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_is_stopped_at_the_part_limit_while_it_inflates_whatever_its_header_declared()
    {
        // A deflate stream knows no size in advance: only the live count can stop it.
        using var deflated = new MemoryStream();
        using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(new byte[16 << 20]);
        }

        deflated.Position = 0;
        var budget = new OfficePackageBudget(Lifted with { MaxPartBytes = 1L << 20 });
        using var part = new InflationGuardStream(new DeflateStream(deflated, CompressionMode.Decompress), deflated.Length, "正文", budget);

        var error = Assert.Throws<UnsafeOfficePackageException>(() => part.CopyTo(Stream.Null));

        Assert.Contains("实际解压到", error.Message, StringComparison.Ordinal);
        Assert.InRange(budget.InflatedBytes, (1L << 20) + 1, 2L << 20);
    }

    [Fact]
    public void A_document_within_every_limit_is_read_whole()
    {
        var outline = new OutlineExtractor(OfficePackageLimits.Default).Extract(new MemoryStream(WordSamples.SummaryReport("襄阳职业技术学院")));

        Assert.Equal(6, outline.Sections.Count);
    }
}
