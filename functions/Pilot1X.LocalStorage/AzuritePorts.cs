namespace Pilot1X.LocalStorage;

/// <summary>The loopback ports of Azurite's three services; <see cref="Default"/> is what <c>UseDevelopmentStorage=true</c> means.</summary>
public sealed record AzuritePorts(int Blob, int Queue, int Table)
{
    public static readonly AzuritePorts Default = new(10000, 10001, 10002);
}
