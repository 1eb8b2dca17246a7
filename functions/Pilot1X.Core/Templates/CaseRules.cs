using Pilot1X.Core.Intake;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Templates;

/// <summary>The notice's rules for a typical case: about 3,000 字, text with pictures, every picture captioned.</summary>
internal static class CaseRules
{
    public static List<Finding> Check(WordOutline outline, string file)
    {
        var findings = new List<Finding>();
        var name = DisplayName.Leaf(file);
        if (outline.Chars < OutlineValidator.CaseMinChars)
        {
            findings.Add(Finding.Of(
                FindingCode.CaseLength,
                file,
                $"典型案例正文约{outline.Chars}字，少于{OutlineValidator.CaseMinChars}字（通知要求约3000字）",
                $"请充实“{name}”的案例内容（背景、做法、成效、经验），使正文达到约3000字。"));
        }
        else if (outline.Chars > OutlineValidator.CaseMaxChars)
        {
            findings.Add(Finding.Of(
                FindingCode.CaseLength,
                file,
                $"典型案例正文约{outline.Chars}字，超过{OutlineValidator.CaseMaxChars}字（通知要求约3000字）",
                $"请精简“{name}”的内容，使正文控制在约3000字。"));
        }

        if (outline.Images == 0)
        {
            findings.Add(Finding.Of(
                FindingCode.CaseNoImages,
                file,
                "典型案例中没有图片，通知要求图文并茂",
                $"请在“{name}”中插入反映案例实施情况的图片，并在每张图片下方标注图片说明（如“图1 ……”）。"));
        }

        foreach (var picture in outline.Pictures.Where(p => p.Caption is null))
        {
            findings.Add(Finding.Of(
                FindingCode.ImageCaptionMissing,
                file,
                $"第{picture.Index}张图片没有图片说明",
                $"请在“{name}”第{picture.Index}张图片的正下方添加图片说明，如“图{picture.Index} ……”（通知要求注意标注图片说明）。"));
        }

        return findings;
    }
}
