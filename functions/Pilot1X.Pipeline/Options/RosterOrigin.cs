using System.Globalization;
using Pilot1X.Core.Checking;

namespace Pilot1X.Pipeline.Options;

/// <summary>Where the roster in use came from, said the way the office knows it (the file it gave, when it was stored).</summary>
/// <param name="SourceName">The roster file's own name (a file given now, or the one stored), null for the built-in roster.</param>
/// <param name="StoredAt">When it was stored in the storage account; null when read from a file or built in.</param>
/// <param name="Institutions">How many institutions it lists.</param>
public sealed record RosterOrigin(string? SourceName, DateTimeOffset? StoredAt, int Institutions)
{
    public bool BuiltIn => SourceName is null && StoredAt is null;

    /// <summary>One Chinese sentence: which roster a command uses.</summary>
    public string Describe() => this switch
    {
        { BuiltIn: true } => Invariant($"使用内置名单（附件2，{Institutions} 个单位）"),
        { StoredAt: { } at } => Invariant($"使用已存储的名单（{Institutions} 个单位，来自 {SourceName ?? "未记名的文件"}，") + Cst(at) + " 存入）",
        _ => Invariant($"使用名单文件 {SourceName}（{Institutions} 个单位）"),
    };

    private static string Cst(DateTimeOffset time) => time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
