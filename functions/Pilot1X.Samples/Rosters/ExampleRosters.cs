namespace Pilot1X.Samples;

/// <summary>
/// The rosters the README's examples run with, written by <c>pilot1x demo</c> next to the samples so every example can be
/// reproduced: the 25 sampled institutions of 附件2 as an office would keep them (six with a 联系邮箱, two with 联系人 and
/// 电话 — the others can only be phoned), and <see cref="SampleRoster"/> with its 试点证书 for the certificate views.
/// </summary>
public static class ExampleRosters
{
    /// <summary>File name of the 附件2 roster with contacts.</summary>
    public const string Office = "名单.csv";

    /// <summary>File name of the roster with pilot certificates.</summary>
    public const string Certificates = "证书名单.csv";

    /// <summary>The header row followed by the 25 institutions of 附件2.</summary>
    public static IReadOnlyList<string[]> OfficeRows =>
    [
        ["单位名称", "是否抽查", "联系邮箱", "办学层次", "联系人", "电话"],
        ["武汉工程大学", "是", "", "本科", "", ""],
        ["湖北第二师范学院", "是", "", "本科", "", ""],
        ["湖北大学知行学院", "是", "", "本科", "", ""],
        ["湖北工程学院新技术学院", "是", "", "本科", "", ""],
        ["武汉东湖学院", "是", "", "本科", "", ""],
        ["武汉船舶职业技术学院", "是", "1x@wspc.example.cn", "高职", "陈老师", "027-8000 0006"],
        ["武汉职业技术学院", "是", "1x@wtc.example.cn", "高职", "", ""],
        ["湖北职业技术学院", "是", "", "高职", "", ""],
        ["黄冈职业技术学院", "是", "office@hgpu.example.cn", "高职", "", ""],
        ["襄阳职业技术学院", "是", "1x@xyvtc.example.cn", "高职", "", ""],
        ["荆州职业技术学院", "是", "", "高职", "", ""],
        ["湖北交通职业技术学院", "是", "1x@hbctc.example.cn", "高职", "", ""],
        ["武汉铁路职业技术学院", "是", "jwc@wru.example.cn", "高职", "周老师", "027-5156 0000"],
        ["湖北三峡职业技术学院", "是", "", "高职", "", ""],
        ["武汉电力职业技术学院", "是", "", "高职", "", ""],
        ["湖北国土资源职业学院", "是", "", "高职", "", ""],
        ["湖北工程职业学院", "是", "", "高职", "", ""],
        ["武汉外语外事职业学院", "是", "", "高职", "", ""],
        ["武汉市东西湖职业技术学校", "是", "", "中职", "", ""],
        ["湖北十堰职业技术（集团）学校", "是", "", "中职", "", ""],
        ["保康县中等职业技术学校", "是", "", "中职", "", ""],
        ["孝感市工业学校", "是", "", "中职", "", ""],
        ["罗田理工中等专业学校", "是", "", "中职", "", ""],
        ["咸宁卫生学校", "是", "", "中职", "", ""],
        ["建始县中等职业技术学校", "是", "", "中职", "", ""],
    ];

    /// <summary>Writes both rosters (UTF-8 with BOM, as Excel saves them) into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var office = Path.Combine(directory, Office);
        var certificates = Path.Combine(directory, Certificates);
        File.WriteAllBytes(office, RosterFileBuilder.Csv(OfficeRows, RosterCsvEncoding.Utf8Bom));
        File.WriteAllBytes(certificates, RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Utf8Bom));
        return [office, certificates];
    }
}
