using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Tests.Formats;

public sealed class FormatDetectorTests
{
    [Fact]
    public void A_real_docx_is_docx_even_when_named_pdf()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("正文")))));
        }

        stream.Position = 0;
        var detected = FormatDetector.Detect(stream, "报告.pdf");

        Assert.Equal(FileFormat.Docx, detected.Format);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void A_plain_zip_is_an_archive_not_a_docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("总结报告.txt").Open();
            entry.Write("内容"u8);
        }

        Assert.Equal(FileFormat.Archive, FormatDetector.Detect(stream.ToArray(), "材料.docx").Format);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "scan.pdf", FileFormat.Image, "jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "a.jpg", FileFormat.Image, "png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "a.docx", FileFormat.Pdf, "pdf")]
    [InlineData(new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00 }, "a.zip", FileFormat.Archive, "rar")]
    [InlineData(new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4 }, "a.zip", FileFormat.Archive, "7z")]
    public void Magic_bytes_decide_over_the_extension(byte[] head, string name, FileFormat format, string detail)
    {
        var detected = FormatDetector.Detect(head, name);

        Assert.Equal(format, detected.Format);
        Assert.Equal(detail, detected.Detail);
    }

    [Fact]
    public void An_ole_compound_file_is_legacy_word_and_wps_by_its_extension()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];

        Assert.Equal(FileFormat.Doc, FormatDetector.Detect(ole, "总结报告.docx").Format);
        Assert.Equal(FileFormat.Wps, FormatDetector.Detect(ole, "总结报告.wps").Format);
    }

    [Fact]
    public void A_password_protected_docx_is_recognised_from_its_compound_file_directory()
    {
        // An encrypted OOXML file is a compound file whose directory (here at sector 1) names "EncryptedPackage".
        var file = new byte[512 * 3];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(file, 0);
        BitConverter.GetBytes((ushort)9).CopyTo(file, 0x1E);
        BitConverter.GetBytes(1u).CopyTo(file, 0x30);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 1024 + 128);

        var detected = FormatDetector.Detect(new MemoryStream(file), "总结报告.docx");

        Assert.True(detected.IsEncryptedOffice);
    }

    [Fact]
    public void An_rfc5322_message_is_an_email_whatever_its_name()
    {
        var message = "Received: from x\r\nFrom: a@b.cn\r\nSubject: =?GBK?B?zOI=?=\r\nMIME-Version: 1.0\r\n\r\nbody"u8.ToArray();

        Assert.Equal(FileFormat.Email, FormatDetector.Detect(message, "01.txt").Format);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        Assert.True(FormatDetector.Detect(ReadOnlySpan<byte>.Empty, "总结报告.docx").IsEmpty);
    }

    [Fact]
    public void Text_that_is_not_a_message_is_other()
    {
        Assert.Equal(FileFormat.Other, FormatDetector.Detect("just some notes: nothing\n"u8, "readme.txt").Format);
    }
}
