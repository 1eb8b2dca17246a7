using Pilot1X.Core.Reporting.Dashboard;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>A held file as read from the Held table, with the row's keys so its notice can be recorded on exactly that row.</summary>
/// <param name="Partition">The row's PartitionKey (the named institution, encoded).</param>
/// <param name="Key">The row's RowKey (submission|file, encoded).</param>
/// <param name="File">The held file as the office and the notice show it.</param>
public sealed record StoredHeldFile(string Partition, string Key, DashboardHeldFile File);
