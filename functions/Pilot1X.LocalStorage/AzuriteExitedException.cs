namespace Pilot1X.LocalStorage;

/// <summary>Azurite stopped before it listened, typically because one of its ports was taken; another set of ports may work.</summary>
public sealed class AzuriteExitedException : InvalidOperationException
{
    public AzuriteExitedException()
    {
    }

    public AzuriteExitedException(string message)
        : base(message)
    {
    }

    public AzuriteExitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
