namespace Pilot1X.Core.Roster;

/// <summary>A roster file that cannot be used; the message (Chinese) names the row and column.</summary>
public sealed class RosterFormatException : Exception
{
    public RosterFormatException() { }

    public RosterFormatException(string message) : base(message) { }

    public RosterFormatException(string message, Exception innerException) : base(message, innerException) { }
}
