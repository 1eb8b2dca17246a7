namespace Pilot1X.Core.Certificates;

/// <summary>The four grades the notice lets section 四 of the evaluation report give a certificate, as written there and in the contract.</summary>
public static class CertificateGrades
{
    public const string Excellent = "优秀";
    public const string Pass = "合格";
    public const string Rectify = "整改";
    public const string RecommendRevocation = "建议取消试点资格";

    /// <summary>All four, best first.</summary>
    public static IReadOnlyList<string> All { get; } = [Excellent, Pass, Rectify, RecommendRevocation];

    /// <summary>The grades the office reports upward: 整改 and 建议取消试点资格.</summary>
    public static bool NeedsAttention(string? grade) => grade is Rectify or RecommendRevocation;
}
