using Pilot1X.Core.Checking;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Storage;
using Pilot1X.Storage.Uploads;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x upload-link INSTITUTION [FILE...] [--valid-until T] [--deadline T] [--storage …] [--roster FILE]</c>: SAS URLs an
/// institution can upload with (create/write one blob under <c>uploads/{单位}/</c>, nothing else), valid by default until
/// the deadline plus two days. Without FILE one link for an archive of all its materials.
/// </summary>
public sealed class UploadLinkCommand(TimeProvider clock)
{
    private static readonly HashSet<string> ValueOptions = ["--valid-until", "--deadline", "--storage", "--roster"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("请给出单位名称，例如：pilot1x upload-link 武汉职业技术学院 [文件名...] [--valid-until 2020-12-30]");
        }

        var roster = CheckCommand.LoadRoster(parsed.Value("--roster"));
        var name = parsed.Positionals[0];
        var institution = roster.Find(name) ?? throw new UsageException($"名单中没有“{name}”：请使用名单上的单位全称。");
        var deadline = parsed.Value("--deadline") is { } d ? TimeArgument.Parse("--deadline", d, endOfDay: true) : CheckOptions.DefaultDeadline;
        var validUntil = parsed.Value("--valid-until") is { } v ? TimeArgument.Parse("--valid-until", v, endOfDay: true) : deadline + UploadLinkIssuer.DefaultGrace;
        var files = parsed.Positionals.Count > 1 ? parsed.Positionals.Skip(1).ToList() : [UploadLinkNames.DefaultArchive(institution.Name, clock.GetUtcNow())];

        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), parsed.Value("--roster"), stderr, cancellationToken).ConfigureAwait(false);
        var store = pipeline.Get<PipelineStore>();
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var issuer = new UploadLinkIssuer(pipeline.Get<Azure.Storage.Blobs.BlobServiceClient>(), store.Options.UploadsContainer, clock);
        foreach (var file in files)
        {
            try
            {
                var link = await issuer.IssueAsync(institution, file, validUntil, cancellationToken).ConfigureAwait(false);
                await stdout.WriteLineAsync($"{link.BlobName}（只能上传此文件，不能读取、列出或删除；有效至北京时间 {OfficeLabels.Cst(link.ValidUntil)}；链接本身无法限制大小，超过 {IntakeLimits.Default.MaxEntryBytes >> 20} MB 的文件会被拒收、不予检查）").ConfigureAwait(false);
                await stdout.WriteLineAsync(link.Url.AbsoluteUri).ConfigureAwait(false);
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
