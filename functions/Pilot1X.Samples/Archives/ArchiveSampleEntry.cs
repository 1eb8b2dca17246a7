namespace Pilot1X.Samples;

/// <summary>One file to put into a sample archive: its path inside the archive (may be hostile on purpose) and its bytes.</summary>
public sealed record ArchiveSampleEntry(string Path, byte[] Content);
