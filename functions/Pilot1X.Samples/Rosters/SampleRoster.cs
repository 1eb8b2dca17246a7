namespace Pilot1X.Samples;

/// <summary>
/// A realistic roster table (header + rows) for tests, benchmarks and the bundled samples: sampled and non-sampled
/// institutions, the near-name pairs that must never be confused, aliases, several contact addresses and blanks, and
/// the pilot certificates (试点证书, `;` or `、`) including certificates that share words (电子商务数据分析 / 网店运营推广).
/// </summary>
public static class SampleRoster
{
    /// <summary>The header row followed by the data rows; a fresh copy each time, so callers may alter it for a test.</summary>
    public static IReadOnlyList<string[]> Rows =>
    [
        ["序号", "单位名称", "别名", "是否抽查", "联系邮箱", "试点证书", "办学层次"],
        ["1", "武汉工程大学", "武工大", "是", "1x@wit.example.cn", "Web前端开发;大数据应用开发（Python）", "本科"],
        ["2", "湖北工程学院新技术学院", "", "是", "xjs@hbeu.example.cn", "物流管理;智能财税", "本科"],
        ["3", "湖北工程学院", "", "否", "", "", "本科"],
        ["4", "湖北工程职业学院", "", "是", "jwc@hbgcxy.example.cn", "建筑信息模型（BIM）;工业机器人应用编程", "高职"],
        ["5", "武汉职业技术学院", "武职;武汉职院", "是", "JWC@WTC.example.cn; 1x@wtc.example.cn", "云计算平台运维与开发;物流管理", "高职"],
        ["6", "武汉船舶职业技术学院", "武船职院", "是", "1x@wspc.example.cn", "智能制造生产管理与控制;工业机器人应用编程", "高职"],
        ["7", "湖北职业技术学院", "", "是", "1x@hbvtc.example.cn", "老年照护;智能财税", "高职"],
        ["8", "湖北三峡职业技术学院", "三峡职院", "是", "1x@tgc.example.cn", "汽车运用与维修、电子商务数据分析", "高职"],
        ["9", "黄冈职业技术学院", "黄冈职院", "是", "1x@hgpu.example.cn", "Web前端开发;网店运营推广", "高职"],
        ["10", "湖北十堰职业技术（集团）学校", "十堰职校", "是", "sy1x@126.com", "汽车运用与维修;网店运营推广", "中职"],
        ["11", "湖北交通职业技术学院", "", "是", "1x@hbctc.example.cn", "建筑信息模型（BIM）;物流管理;电子商务数据分析;网店运营推广", "高职"],
        ["12", "武汉铁路职业技术学院", "武铁职院", "是", "1x@wru.example.cn", "轨道交通电气设备装调;工业机器人应用编程;智能财税", "高职"],
        ["13", "湖北科技职业学院", "", "否", "hbkj1x@163.com", "", ""],
    ];
}
