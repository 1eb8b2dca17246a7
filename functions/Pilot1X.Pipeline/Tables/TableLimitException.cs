namespace Pilot1X.Pipeline.Tables;

/// <summary>An entity or batch Azure Table storage would refuse (key, property, entity or batch limit); the message is Chinese.</summary>
public sealed class TableLimitException : Exception
{
    public TableLimitException() { }

    public TableLimitException(string message) : base(message) { }

    public TableLimitException(string message, Exception innerException) : base(message, innerException) { }
}
