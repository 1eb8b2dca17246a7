using Pilot1X.Core.Intake;
using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Templates;

/// <summary>SECTION_MISSING, SECTION_EMPTY and SECTION_ORDER for a report with a prescribed outline.</summary>
internal static class TemplateRules
{
    public static List<Finding> Check(OutlineTemplate template, IReadOnlyList<MatchedSection> sections, string file)
    {
        var findings = new List<Finding>();
        var name = DisplayName.Leaf(file);
        var present = sections.Where(s => s.Template is not null).ToList();
        foreach (var section in template.Sections)
        {
            if (present.Any(s => s.Template == section.Number))
            {
                continue;
            }

            var ordinal = ChineseOrdinal.Of(section.Number);
            var after = section.Number > 1 ? $"在第{ChineseOrdinal.Of(section.Number - 1)}部分之后" : "在正文开头";
            findings.Add(Finding.Of(
                FindingCode.SectionMissing,
                file,
                $"缺少第{ordinal}部分“{section.Title}”",
                $"请按{template.Attachment}（{template.Material}提纲），{after}增加标题“{OutlineTemplate.NumberedTitle(section)}”，并在标题下写明该部分内容（文件：{name}）。"));
        }

        foreach (var section in present.Where(s => s.Chars == 0))
        {
            var ordinal = ChineseOrdinal.Of(section.Template!.Value);
            findings.Add(Finding.Of(
                FindingCode.SectionEmpty,
                file,
                $"第{ordinal}部分“{section.Heading}”只有标题，没有正文内容",
                $"请在“{name}”的标题“{section.Heading}”下补充该部分的具体内容。"));
        }

        for (var i = 1; i < present.Count; i++)
        {
            var previous = present[i - 1];
            var current = present[i];
            if (current.Template < previous.Template)
            {
                var order = string.Join("；", template.Sections.Select(OutlineTemplate.NumberedTitle));
                findings.Add(Finding.Of(
                    FindingCode.SectionOrder,
                    file,
                    $"各部分顺序与{template.Attachment}提纲不一致：第{ChineseOrdinal.Of(current.Template!.Value)}部分“{current.Title}”排在了第{ChineseOrdinal.Of(previous.Template!.Value)}部分“{previous.Title}”之后",
                    $"请在“{name}”中按{template.Attachment}的顺序排列各部分：{order}。"));
                break;
            }
        }

        return findings;
    }
}
