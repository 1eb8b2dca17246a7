namespace Pilot1X.Samples;

/// <summary>Real 1+X certificates of the pilot and their training-evaluation organisations (培训评价组织), for samples and tests.</summary>
public static class SampleCertificates
{
    public static SampleCertificate Bim(string? grade = null) =>
        new("建筑信息模型（BIM）", "廊坊市中科建筑产业化创新研究中心", grade, "考核站点建设指导及时，师资培训质量高");

    public static SampleCertificate Logistics(string? grade = null) =>
        new("物流管理", "北京中物联物流采购培训中心", grade, "培训资源齐全，考核组织规范");

    public static SampleCertificate EcommerceData(string? grade = null) =>
        new("电子商务数据分析", "北京博导前程信息技术股份有限公司", grade, "教材配套资源基本满足教学需要");

    public static SampleCertificate OnlineShop(string? grade = null) =>
        new("网店运营推广", "中教畅享（北京）科技有限公司", grade, "考核时间多次调整，证书发放滞后三个月以上，需限期整改");

    public static SampleCertificate WebFrontEnd(string? grade = null) =>
        new("Web前端开发", "工业和信息化部教育与考试中心", grade, "标准与课程衔接紧密，考核平台运行稳定");

    public static SampleCertificate IndustrialRobot(string? grade = null) =>
        new("工业机器人应用编程", "北京赛育达科教有限责任公司", grade, "师资培训名额不足，实训设备指导缺位");

    public static SampleCertificate RailElectrical(string? grade = null) =>
        new("轨道交通电气设备装调", "中车株洲电力机车研究所有限公司", grade, "考核标准与企业岗位衔接紧密");

    public static SampleCertificate SmartTax(string? grade = null) =>
        new("智能财税", "中联集团教育科技有限公司", grade, "平台资源丰富，服务响应及时");
}
