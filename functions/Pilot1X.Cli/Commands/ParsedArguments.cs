namespace Pilot1X.Cli.Commands;

/// <summary>
/// A command's arguments: positional values, options with a value (<c>--roster FILE</c> or <c>--roster=FILE</c>)
/// and flags (<c>--json</c>). Unknown options are refused rather than ignored, so a typo never runs a different check.
/// </summary>
public sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new ParsedArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                parsed.Positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (flagOptions.Contains(name) && equals < 0)
            {
                parsed._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                var value = equals > 0 ? arg[(equals + 1)..] : i + 1 < args.Count ? args[++i] : throw new UsageException($"选项 {name} 需要一个值。");
                if (!parsed._values.TryAdd(name, value))
                {
                    throw new UsageException($"选项 {name} 只能给一次。");
                }
            }
            else
            {
                throw new UsageException($"不认识的选项：{name}");
            }
        }

        return parsed;
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);
}
