namespace Pilot1X.Cli.Commands;

/// <summary>Bad command-line arguments: the message (Chinese) goes to stderr and the exit code is 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException() { }

    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception innerException) : base(message, innerException) { }
}
