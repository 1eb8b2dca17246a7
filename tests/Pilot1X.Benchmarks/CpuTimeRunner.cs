using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Pilot1X.Benchmarks;

/// <summary>
/// <c>-- --cpu Class.Method…</c>: runs the named benchmark methods interleaved, round by round, and prints the median
/// process CPU time per operation and each method's ratio to the first. On a machine shared with other work, wall-clock
/// medians swing with the load; CPU time of interleaved rounds is what one method costs against another.
/// </summary>
internal static class CpuTimeRunner
{
    private const int Rounds = 41;
    private const int OperationsPerRound = 100;

    public static void Run(IReadOnlyList<string> names)
    {
        var methods = names.Select(Resolve).ToList();
        foreach (var (_, invoke) in methods)
        {
            for (var i = 0; i < OperationsPerRound; i++)
            {
                invoke();
            }
        }

        var samples = methods.Select(_ => new List<double>()).ToList();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            for (var m = 0; m < methods.Count; m++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var i = 0; i < OperationsPerRound; i++)
                {
                    methods[m].Invoke();
                }

                process.Refresh();
                samples[m].Add((process.TotalProcessorTime - before).TotalMicroseconds / OperationsPerRound);
            }
        }

        // The ratio is the median of each round's ratio to the first method's same round: a load that comes and goes
        // between rounds moves both sides of a round together, where it would move the two medians apart.
        var baseline = Median(samples[0]);
        for (var m = 0; m < methods.Count; m++)
        {
            var median = Median(samples[m]);
            var ratio = Median([.. samples[m].Select((sample, round) => sample / samples[0][round])]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{methods[m].Name}: median {median:F1} µs CPU/op over {Rounds}×{OperationsPerRound} ops, ratio {ratio:F3} (of medians {median / baseline:F3})"));
        }
    }

    private static (string Name, Action Invoke) Resolve(string name)
    {
        var dot = name.LastIndexOf('.');
        var type = typeof(CpuTimeRunner).Assembly.GetTypes().Single(t => t.Name == name[..dot]);
        var instance = Activator.CreateInstance(type)!;
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttributes(typeof(GlobalSetupAttribute), false).Length > 0))
        {
            setup.Invoke(instance, null);
        }

        var method = type.GetMethod(name[(dot + 1)..]) ?? throw new ArgumentException($"no benchmark {name}");
        return (name, () => method.Invoke(instance, null));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
