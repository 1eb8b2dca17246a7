using Microsoft.Extensions.Configuration;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Pipeline.Uploads;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x upload-link INSTITUTION [FILE...] [--valid-until T] [--deadline T] [--storage …] [--roster FILE]</c>: SAS URLs an
/// institution can upload with (create/write one blob under <c>uploads/{单位}/</c>, nothing else), valid by default until
/// the deadline plus two days. Without FILE one link for an archive of all its materials.
/// </summary>
public sealed class UploadLinkCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x upload-link --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x upload-link 单位名称 [文件名...] [--valid-until 时间] [--deadline 时间] [--storage 连接字符串] [--roster 名单文件]
            为单位签发上传链接（SAS）：每个链接只能在 uploads/单位名称/ 下创建或覆盖这一个文件，不能读取、列出或删除，
            默认有效至截止时间后 2 天；不给文件名时签发一个用于上传全部材料压缩包（.zip）的链接。
        """;

    private static readonly HashSet<string> ValueOptions = ["--valid-until", "--deadline", "--storage", "--roster"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("请给出单位名称，例如：pilot1x upload-link 武汉职业技术学院 [文件名...] [--valid-until 2020-12-30]");
        }

        var settings = CommandSettings.Read(environment, parsed);
        DateTimeOffset? validUntil = parsed.Value("--valid-until") is { } v ? TimeArgument.Parse("--valid-until", v, endOfDay: true) : null;
        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), settings, stderr, clock, cancellationToken).ConfigureAwait(false);
        var links = pipeline.Get<UploadLinkService>();
        // Null: the service's default, one archive of all the institution's materials.
        IReadOnlyList<string?> files = parsed.Positionals.Count > 1 ? [.. parsed.Positionals.Skip(1)] : [null];
        foreach (var file in files)
        {
            try
            {
                var link = await links.IssueAsync(parsed.Positionals[0], file, validUntil, cancellationToken).ConfigureAwait(false);
                await stdout.WriteLineAsync($"{link.BlobName}（只能上传此文件，不能读取、列出或删除；有效至北京时间 {OfficeLabels.Cst(link.ValidUntil)}；链接本身无法限制大小，超过 {IntakeLimits.Default.MaxEntryBytes >> 20} MB 的文件会被拒收、不予检查）").ConfigureAwait(false);
                await stdout.WriteLineAsync(link.Url.AbsoluteUri).ConfigureAwait(false);
            }
            catch (KeyNotFoundException ex)
            {
                throw new UsageException(ex.Message, ex);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message, ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new UsageException(ex.Message, ex);
            }
        }

        return 0;
    }
}
