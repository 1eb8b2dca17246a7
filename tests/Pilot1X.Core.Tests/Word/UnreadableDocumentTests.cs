using System.IO.Compression;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Word;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Word;

public class UnreadableDocumentTests
{
    public static TheoryData<string, byte[]> Broken()
    {
        var good = WordSamples.SummaryReport("武汉工程大学");
        var zipWithoutWord = new MemoryStream();
        using (var zip = new ZipArchive(zipWithoutWord, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("不是 Word 文档");
        }

        var corruptXml = RawDocx.Create("<w:p><w:r><w:t>未闭合");
        return new TheoryData<string, byte[]>
        {
            { "truncated", good[..(good.Length / 2)] },
            { "ole-doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
            { "text", "这不是压缩包"u8.ToArray() },
            { "empty", [] },
            { "zip-without-document", zipWithoutWord.ToArray() },
            { "malformed-xml", corruptXml },
        };
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Corrupt_or_non_docx_input_throws_unreadable_document_with_a_chinese_message(string label, byte[] bytes)
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => new OutlineExtractor().Extract(new MemoryStream(bytes)));

        Assert.False(string.IsNullOrEmpty(label));
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
        Assert.Contains("请", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_seekable_stream_is_read()
    {
        var bytes = WordSamples.SummaryReport("武汉工程大学");
        using var stream = new ForwardOnlyStream(bytes);

        Assert.Equal(6, new OutlineExtractor().Extract(stream).Sections.Count);
    }

    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
