using System.Globalization;

namespace Pilot1X.Samples;

/// <summary>
/// Writes questionnaire exports as 问卷星 writes them: one row per answer, the question texts as headers after the
/// platform's own columns (序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP), as .xlsx or as CSV (UTF-8, UTF-8-BOM, GB18030).
/// </summary>
public static class QuestionnaireExportBuilder
{
    /// <summary>The platform's header of the notice's questionnaire.</summary>
    public static IReadOnlyList<string> WjxHeader { get; } =
    [
        "序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
        "1、您所在学校的全称：", "2、您的身份：", "3、您参与的1+X证书：",
        "4、您对本校1+X证书制度试点工作的总体评价：", "5、您对证书培训和考核的意见和建议：",
    ];

    private static readonly string[] Ratings = ["非常满意", "满意", "一般", "不满意"];

    /// <summary>The header and one row per answer, submitted a few minutes apart from <paramref name="firstSubmission"/> (CST).</summary>
    public static IReadOnlyList<string[]> Rows(IEnumerable<QuestionnaireAnswer> answers, DateTime firstSubmission, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var rows = new List<string[]>();
        rows.Add([.. header ?? WjxHeader]);
        var number = 0;
        foreach (var answer in answers)
        {
            number++;
            var at = firstSubmission.AddMinutes(number * 3);
            rows.Add(
            [
                number.ToString(CultureInfo.InvariantCulture),
                at.ToString("yyyy/M/d H:mm:ss", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{60 + (number % 240)}秒"),
                number % 3 == 0 ? "微信" : "手机提交",
                "直接访问",
                string.Create(CultureInfo.InvariantCulture, $"111.{number % 200}.{number % 97}.{number % 251}(湖北-武汉)"),
                answer.School,
                answer.Role,
                answer.Certificates,
                Ratings[number % Ratings.Length],
                number % 5 == 0 ? "希望增加实训设备，考核安排再提前一些。" : "(空)",
            ]);
        }

        return rows;
    }

    public static byte[] Xlsx(IEnumerable<string[]> rows) => RosterFileBuilder.Xlsx(rows, title: null);

    public static byte[] Csv(IEnumerable<string[]> rows, RosterCsvEncoding encoding) => RosterFileBuilder.Csv(rows, encoding);

    /// <summary>
    /// <paramref name="count"/> answers spread over the sample roster's schools and certificates, a tenth of them teachers,
    /// with the spellings respondents really use (abbreviations, trailing spaces, 老师) and a few schools on no roster.
    /// </summary>
    public static IReadOnlyList<QuestionnaireAnswer> Province(int count)
    {
        (string School, string Certificate)[] pilots =
        [
            ("武汉工程大学", "Web前端开发"), ("武工大 ", "大数据应用开发（Python）"), ("湖北工程学院新技术学院", "物流管理"),
            ("湖北工程职业学院", "建筑信息模型（BIM）"), ("武汉职业技术学院", "云计算平台运维与开发"), ("武职", "物流管理"),
            ("武汉船舶职业技术学院", "智能制造生产管理与控制"), ("湖北职业技术学院", "老年照护"), ("三峡职院", "汽车运用与维修"),
            ("黄冈职业技术学院 ", "Web前端开发"), ("湖北十堰职业技术（集团）学校", "汽车运用与维修"), ("湖北交通职业技术学院", "建筑信息模型（BIM）"),
            ("武汉铁路职业技术学院", "轨道交通电气设备装调"), ("某某技师学院", "物流管理"),
        ];
        var answers = new List<QuestionnaireAnswer>(count);
        for (var i = 0; i < count; i++)
        {
            var (school, certificate) = pilots[i % pilots.Length];
            var role = ((i / pilots.Length) % 10) switch { 0 => "教师", 1 => "老师", _ => "学生" };
            answers.Add(new QuestionnaireAnswer(school, role, certificate));
        }

        return answers;
    }
}
