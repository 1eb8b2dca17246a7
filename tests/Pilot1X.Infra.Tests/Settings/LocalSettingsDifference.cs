namespace Pilot1X.Infra.Tests.Settings;

/// <summary>
/// Contract settings the local example lacks, and local keys the contract does not know (stale or
/// undocumented names).
/// </summary>
internal sealed record LocalSettingsDifference(IReadOnlyList<string> MissingLocally, IReadOnlyList<string> UnknownToContract)
{
    public bool IsAligned => MissingLocally.Count == 0 && UnknownToContract.Count == 0;

    public override string ToString() =>
        $"本地示例缺少：[{string.Join(", ", MissingLocally)}]；清单中没有：[{string.Join(", ", UnknownToContract)}]。" +
        "请让 infra/app-settings.json 与 local.settings.example.json 的 Values 一致。";
}
