namespace Pilot1X.Core.Formats;

/// <summary>An Office file whose parts go past <see cref="Intake.OfficePackageLimits"/>; the Chinese message says which bound and becomes an ARCHIVE_UNSAFE finding.</summary>
public sealed class UnsafeOfficePackageException : Exception
{
    public UnsafeOfficePackageException() { }

    public UnsafeOfficePackageException(string message) : base(message) { }

    public UnsafeOfficePackageException(string message, Exception innerException) : base(message, innerException) { }
}
