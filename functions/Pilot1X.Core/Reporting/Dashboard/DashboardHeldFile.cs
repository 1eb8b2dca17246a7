using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>A file held for the office (待核实): counted for nobody until someone checks it (<see cref="FilingAuthority"/>).</summary>
/// <param name="SubmissionId">The submission (upload or mail) it came in.</param>
/// <param name="File">Its display path as submitted (untrusted text: escape wherever it is shown).</param>
/// <param name="Held">What it names, how it came and why it was held.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Message">The finding the sender was given.</param>
/// <param name="Notice">Whether the named institution's contact was told: the notice's Message-ID, or why not (<c>none:…</c>); null while pending.</param>
public sealed record DashboardHeldFile(string SubmissionId, string File, HeldFiling Held, DateTimeOffset? ReceivedAt, string? Message, string? Notice);
