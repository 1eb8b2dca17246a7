namespace Pilot1X.Mail.Outbox;

/// <summary>A delivery failed; <see cref="Failure"/> says whether a retry is safe. The message is Chinese, for the Outbox row and the staff.</summary>
public sealed class DeliveryException : Exception
{
    public DeliveryException()
    {
    }

    public DeliveryException(string message)
        : base(message)
    {
    }

    public DeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeliveryException(DeliveryFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    public DeliveryFailure Failure { get; }
}
