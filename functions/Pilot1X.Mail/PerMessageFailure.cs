using Azure;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Mail;

/// <summary>
/// The failures that belong to one message and would recur on every retry — a row or header the service refuses, text
/// that does not parse, a blob that is gone — as opposed to an outage (5xx, timeouts, throttling), which is left to
/// propagate so that the whole step is tried again later. Each mail step records the former on that message and moves on.
/// </summary>
internal static class PerMessageFailure
{
    public static bool Is(Exception exception) => exception is TableLimitException or FormatException or InvalidDataException
        || exception is RequestFailedException { Status: 400 or 404 or 413 };
}
