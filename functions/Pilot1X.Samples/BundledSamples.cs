namespace Pilot1X.Samples;

/// <summary>The sample submissions bundled with the tool: a complete institution and typical faults, made in code.</summary>
public static class BundledSamples
{
    /// <summary>Writes the bundled samples into <paramref name="directory"/> and returns the files written.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        return [];
    }
}
