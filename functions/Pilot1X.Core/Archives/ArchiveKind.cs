namespace Pilot1X.Core.Archives;

/// <summary>The archive formats submissions arrive in, told apart by their magic bytes.</summary>
internal enum ArchiveKind
{
    Zip,
    Rar,
    SevenZip,
}
