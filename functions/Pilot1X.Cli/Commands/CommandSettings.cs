using Microsoft.Extensions.Configuration;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// The settings one command runs with: the Functions app's settings as this machine's environment gives them
/// (<c>Pilot1X__Deadline</c>, <c>Pilot1X__OfficeAddress</c>, <c>Smtp__From</c>, <c>Pilot1X__RosterBlob</c>, …), with the
/// command's own flags (<c>--deadline</c>, <c>--from</c>) laid over single values rather than replacing the rest.
/// </summary>
public sealed class CommandSettings
{
    private CommandSettings(IConfiguration configuration, OfficeOptions office, string? rosterPath)
    {
        Configuration = configuration;
        Office = office;
        RosterPath = rosterPath;
    }

    /// <summary>Everything the pipeline services bind from.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>Deadline, office address and sender, flags applied, checked.</summary>
    public OfficeOptions Office { get; }

    /// <summary>A roster file given with <c>--roster</c> for this command, or null to use the stored one.</summary>
    public string? RosterPath { get; }

    /// <summary>The process environment as configuration (what <c>pilot1x</c> reads when nothing else is given).</summary>
    public static IConfiguration Environment() => new ConfigurationBuilder().AddEnvironmentVariables().Build();

    /// <summary>The environment's settings alone, no flags.</summary>
    public static CommandSettings FromEnvironment() => Read(Environment(), ParsedArguments.Parse([], new HashSet<string>(), new HashSet<string>()));

    public static CommandSettings Read(IConfiguration environment, ParsedArguments parsed)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(parsed);
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (parsed.Value("--deadline") is { } deadline)
        {
            overrides[OfficeSettings.Deadline] = ChinaTime.Format(TimeArgument.Parse("--deadline", deadline, endOfDay: true));
        }

        if (parsed.Value("--from") is { } from)
        {
            overrides[OfficeSettings.From] = OfficeSettings.IsMailbox(from) ? from : throw new UsageException($"--from 的值“{from}”不是有效的邮箱地址，请写成 office@example.cn。");
        }

        var configuration = new ConfigurationBuilder().AddConfiguration(environment).AddInMemoryCollection(overrides).Build();
        var office = OfficeSettings.Read(configuration, out var problems);
        if (problems.Count > 0)
        {
            throw new UsageException("设置有误（环境变量）：" + string.Join(" ", problems));
        }

        return new CommandSettings(configuration, office, parsed.Value("--roster"));
    }
}
