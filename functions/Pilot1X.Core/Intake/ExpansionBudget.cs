namespace Pilot1X.Core.Intake;

/// <summary>What one top-level input has expanded to so far; shared by every container nested in it.</summary>
public sealed class ExpansionBudget(IntakeLimits limits)
{
    public IntakeLimits Limits { get; } = limits;

    public int Entries { get; private set; }

    public long TotalBytes { get; private set; }

    /// <summary>Counts one more entry; false when that is one too many.</summary>
    public bool TryAddEntry()
    {
        Entries++;
        return Entries <= Limits.MaxEntries;
    }

    /// <summary>Counts expanded bytes; false once the total is past the limit.</summary>
    public bool TryAddBytes(long bytes)
    {
        TotalBytes += bytes;
        return TotalBytes <= Limits.MaxTotalBytes;
    }

    /// <summary>Bytes one more entry may still expand to.</summary>
    public long RemainingBytes => Math.Max(0, Math.Min(Limits.MaxEntryBytes, Limits.MaxTotalBytes - TotalBytes));
}
