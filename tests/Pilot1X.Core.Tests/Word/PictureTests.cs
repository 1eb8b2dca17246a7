using Pilot1X.Samples;
using static Pilot1X.Core.Tests.Word.RawDocx;

namespace Pilot1X.Core.Tests.Word;

public class PictureTests
{
    [Theory]
    [InlineData(PictureEncoding.Drawing)]
    [InlineData(PictureEncoding.Vml)]
    [InlineData(PictureEncoding.AlternateContent)]
    public void Each_picture_encoding_is_counted_once(PictureEncoding encoding)
    {
        var outline = Extract(new WordSampleBuilder().Heading("背景").Prose(30)
            .Picture(encoding, "学生参加考核").Picture(encoding, null, CaptionKind.None).ToArray());

        Assert.Equal(2, outline.Images);
        Assert.Equal(1, outline.CaptionedImages);
        Assert.Equal([1, 2], outline.Pictures.Select(p => p.Index));
    }

    [Theory]
    [InlineData(CaptionKind.Style, false)]
    [InlineData(CaptionKind.SequenceField, false)]
    [InlineData(CaptionKind.PlainText, false)]
    [InlineData(CaptionKind.SameParagraph, false)]
    [InlineData(CaptionKind.Style, true)]
    public void Captions_are_found_by_style_seq_field_or_text(CaptionKind kind, bool above)
    {
        var outline = Extract(new WordSampleBuilder().Heading("背景").Prose(30)
            .Picture(PictureEncoding.Drawing, "学生参加证书考核", kind, above).ToArray());

        Assert.Equal("图1 学生参加证书考核", outline.Pictures.Single().Caption);
        Assert.Single(outline.Sections);
    }

    [Fact]
    public void A_seq_field_caption_without_figure_text_is_a_caption()
    {
        var picture = "<w:p><w:r><w:pict><v:shape><v:imagedata r:id=\"rId9\"/></v:shape></w:pict></w:r></w:p>";
        var caption = "<w:p><w:r><w:t>照片</w:t></w:r><w:fldSimple w:instr=\" SEQ 照片 \\* ARABIC \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t> 考核现场</w:t></w:r></w:p>";
        var outline = Extract(picture + caption);

        Assert.Equal("照片1 考核现场", outline.Pictures.Single().Caption);
    }

    [Fact]
    public void A_caption_serves_one_picture_only_and_body_text_is_no_caption()
    {
        var outline = Extract(new WordSampleBuilder().Heading("背景")
            .Picture(PictureEncoding.Drawing, "考核现场").Picture(PictureEncoding.Vml, null, CaptionKind.None)
            .Prose(40).ToArray());

        Assert.Equal("图1 考核现场", outline.Pictures[0].Caption);
        Assert.Null(outline.Pictures[1].Caption);
    }

    [Fact]
    public void Alternate_content_text_box_text_is_counted_once()
    {
        var box = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wps:wsp><wps:txbx><w:txbxContent>"
            + P("文本框") + "</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
            + P("文本框") + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        var outline = Extract(P("一、背景", bold: true) + box);

        Assert.Equal(3, outline.Sections[0].Chars);
        Assert.Equal(0, outline.Images);
    }

    [Fact]
    public void Ole_object_previews_and_charts_without_images_are_not_pictures()
    {
        var ole = "<w:p><w:r><w:object><v:shape><v:imagedata r:id=\"rId5\"/></v:shape></w:object></w:r></w:p>";
        var chart = "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri=\"chart\"/></a:graphic></wp:inline></w:drawing></w:r></w:p>";

        Assert.Equal(0, Extract(ole + chart).Images);
    }

    [Fact]
    public void Typical_case_sample_has_exact_chars_and_captioned_pictures()
    {
        var outline = Extract(WordSamples.TypicalCase("武汉工程大学", 3000, 2));

        Assert.Equal(3000, outline.Chars);
        Assert.Equal(2, outline.CaptionedImages);
        Assert.Equal(["图1 学生参加证书考核", "图2 学生参加证书考核"], outline.Pictures.Select(p => p.Caption));
    }
}
