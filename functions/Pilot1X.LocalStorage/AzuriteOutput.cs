using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Pilot1X.LocalStorage;

/// <summary>
/// What a starting Azurite says: which of its ports it reports "successfully listening" on (only its own word counts,
/// since a port that answers may be held by someone else, and then Azurite exits with EADDRINUSE), and its first lines,
/// kept to explain a failed start. Bounded, so a chatty Azurite cannot grow memory.
/// </summary>
internal sealed class AzuriteOutput
{
    private const int KeptLines = 40;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentDictionary<int, bool> _listening = new();
    private readonly int[] _ports;

    public AzuriteOutput(Process process, AzuritePorts ports)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(ports);
        _ports = [ports.Blob, ports.Queue, ports.Table];
        process.OutputDataReceived += (_, e) => Take(e.Data);
        process.ErrorDataReceived += (_, e) => Take(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Azurite reported all three services listening on their ports.</summary>
    public bool AllListening => _listening.Count == _ports.Length;

    public override string ToString() => string.Join(" / ", _lines);

    private void Take(string? line)
    {
        if (line is null)
        {
            return;
        }

        // "Azurite Blob service is successfully listening at http://127.0.0.1:10000"
        foreach (var port in _ports)
        {
            if (line.Contains("successfully listening", StringComparison.Ordinal)
                && line.EndsWith(":" + port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                _listening[port] = true;
            }
        }

        if (_lines.Count < KeptLines)
        {
            _lines.Enqueue(line);
        }
    }
}
