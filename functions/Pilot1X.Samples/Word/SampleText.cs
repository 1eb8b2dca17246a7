using System.Text;

namespace Pilot1X.Samples;

/// <summary>Realistic Chinese report prose of an exact 字数 (counted the way Word counts Chinese text).</summary>
internal static class SampleText
{
    private static readonly string[] Sentences =
    [
        "学校成立了由校长任组长的1+X证书制度试点工作领导小组，明确教务处牵头、各二级学院具体实施的工作机制。",
        "本年度共申报Web前端开发、物流管理、建筑信息模型（BIM）等6个证书，批准培训人数为520人。",
        "学校将职业技能等级标准有关内容融入专业人才培养方案，修订课程标准14门，开发活页式教材3本。",
        "截至12月10日，已通过课证融通方式完成培训学生312人，占批准培训总人数的60.0%。",
        "组织27名教师参加培训评价组织举办的师资培训，其中21人取得考评员资格。",
        "试点经费实行专款专用，严格按照财务制度进行管理，考核费用按照核定标准及时支付。",
        "考核组织规范有序，证书发放及时，考证通过率达到85.3%。",
        "试点过程中存在部分证书考核站点建设滞后、实训设备更新不及时等问题，主要原因是经费到位较晚。",
        "培训评价组织为试点院校提供了教材、案例库和习题库等培训资源，满足了教学需要。",
        "学校探索“岗课赛证”融通育人模式，以证书标准引领课程改革，取得了较好成效。",
        "下一步，学校将进一步扩大试点规模，加强师资队伍建设，完善考核站点条件，确保完成年度目标。",
        "建议上级部门进一步明确考核费用核定标准，加快试点经费拨付进度。",
    ];

    private const string Filler = "学校持续推进试点工作不断提升人才培养质量和服务区域经济社会发展能力";

    /// <summary>Prose of exactly <paramref name="chars"/> 字, split into paragraphs of about <paramref name="paragraphChars"/>.</summary>
    public static List<string> Paragraphs(int chars, int seed, int paragraphChars = 260)
    {
        var paragraphs = new List<string>();
        var remaining = chars;
        var index = Math.Abs(seed) % Sentences.Length;
        while (remaining > 0)
        {
            var target = Math.Min(remaining, paragraphChars);
            if (remaining - target is > 0 and < 20)
            {
                target = remaining;
            }

            paragraphs.Add(Exactly(target, ref index));
            remaining -= target;
        }

        return paragraphs;
    }

    private static string Exactly(int chars, ref int index)
    {
        var builder = new StringBuilder();
        var count = 0;
        for (var guard = 0; guard < 64; guard++)
        {
            var sentence = Sentences[index % Sentences.Length];
            var sentenceChars = Count(sentence);
            if (count + sentenceChars > chars)
            {
                break;
            }

            builder.Append(sentence);
            count += sentenceChars;
            index++;
        }

        var rest = chars - count;
        if (rest > 0)
        {
            // Pure CJK filler ending in 。 keeps the count exact.
            for (var i = 0; i < rest - 1; i++)
            {
                builder.Append(Filler[i % Filler.Length]);
            }

            builder.Append('。');
        }

        return builder.ToString();
    }

    /// <summary>字数 as Word counts it (same rule as Pilot1X.Core's counter, which this project cannot reference).</summary>
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (c is (>= '\u2010' and <= '\u206F') or (>= '\u3001' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF60'))
            {
                count++;
                inWord = false;
            }
            else if (!inWord)
            {
                count++;
                inWord = true;
            }
        }

        return count;
    }
}
