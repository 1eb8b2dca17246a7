using System.Buffers.Binary;
using System.Text;
using Pilot1X.Core.Findings;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Archives;

public sealed class ArchiveEntryNameTests
{
    private const string Summary = "武汉铁路职业技术学院1+X证书制度试点工作总结报告.docx";
    private const string Scan = "盖章扫描件/武汉铁路职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）.pdf";

    private static readonly ArchiveSampleEntry[] Entries =
    [
        new(Summary, "summary"u8.ToArray()),
        new(Scan, "scan"u8.ToArray()),
    ];

    [Fact]
    public void Gbk_names_without_the_utf8_flag_decode_as_chinese()
    {
        var zip = ArchiveSampleBuilder.ZipWithGbkNames(Entries);
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(6)) & 0x0800);
        Assert.True(zip.AsSpan().IndexOf(Encoding.GetEncoding("GB18030").GetBytes("总结报告")) > 0);

        var findings = new List<Finding>();
        var items = ArchiveTestReader.ReadAll(zip, findings);

        Assert.Empty(findings);
        Assert.Equal([Summary, Scan], items.Select(i => i.Path));
        Assert.Equal("summary"u8.ToArray(), items[0].Content);
    }

    [Fact]
    public void Utf8_flagged_names_decode_as_utf8()
    {
        var zip = ArchiveSampleBuilder.ZipWithUtf8Flag(Entries);
        Assert.Equal(0x0800, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(6)) & 0x0800);

        var findings = new List<Finding>();
        var items = ArchiveTestReader.ReadAll(zip, findings);

        Assert.Empty(findings);
        Assert.Equal([Summary, Scan], items.Select(i => i.Path));
    }

    [Fact]
    public void Unicode_path_extra_field_wins_over_the_header_name_when_its_crc_matches()
    {
        var zip = ArchiveSampleBuilder.ZipWithUnicodePathField(Entries);

        var findings = new List<Finding>();
        var items = ArchiveTestReader.ReadAll(zip, findings);

        Assert.Empty(findings);
        Assert.Equal([Summary, Scan], items.Select(i => i.Path));
    }

    [Fact]
    public void Unicode_path_extra_field_with_a_stale_crc_is_ignored()
    {
        var zip = ArchiveSampleBuilder.ZipWithUnicodePathField(Entries, correctCrc: false);

        var items = ArchiveTestReader.ReadAll(zip, []);

        Assert.Equal([ArchiveSampleBuilder.AsciiFallback(Summary), ArchiveSampleBuilder.AsciiFallback(Scan)], items.Select(i => i.Path));
    }

    [Fact]
    public void Seven_zip_entries_are_read_with_their_chinese_names()
    {
        var archive = ArchiveSampleBuilder.SevenZip(Entries);

        var findings = new List<Finding>();
        var items = ArchiveTestReader.ReadAll(archive, findings, displayPath: "inbox/材料.7z");

        Assert.Empty(findings);
        Assert.Equal([Summary, Scan], items.Select(i => i.Path));
        Assert.Equal("scan"u8.ToArray(), items[1].Content);
    }

    [Fact]
    public void Rar_entries_with_gbk_names_are_read()
    {
        var archive = ArchiveSampleBuilder.RarWithGbkNames(Entries);

        var findings = new List<Finding>();
        var items = ArchiveTestReader.ReadAll(archive, findings, displayPath: "inbox/材料.rar");

        Assert.Empty(findings);
        Assert.Equal([Summary, Scan], items.Select(i => i.Path));
        Assert.Equal("summary"u8.ToArray(), items[0].Content);
    }

    [Fact]
    public void Nested_archive_is_yielded_as_an_item_not_expanded()
    {
        var zip = ArchiveSampleBuilder.NestedZip("内层/材料.zip", Entries);

        var items = ArchiveTestReader.ReadAll(zip, []);

        var inner = Assert.Single(items);
        Assert.Equal("内层/材料.zip", inner.Path);
        Assert.Equal(2, ArchiveTestReader.ReadAll(inner.Content, []).Count);
    }

    [Fact]
    public void Directory_entries_are_skipped()
    {
        var zip = ArchiveSampleBuilder.ZipWithUtf8Flag([new("材料/", []), new("材料/a.docx", "a"u8.ToArray())]);

        var items = ArchiveTestReader.ReadAll(zip, []);

        Assert.Equal(["材料/a.docx"], items.Select(i => i.Path));
    }
}
