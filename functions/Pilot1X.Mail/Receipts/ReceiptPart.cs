using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Mail.Receipts;

/// <summary>One institution's part of a mail that carried files for several: its files, where it stands, its problems.</summary>
/// <param name="Institution">The institution the files were filed for.</param>
/// <param name="Files">Its files in this mail, as named in it (untrusted).</param>
/// <param name="Materials">Its materials after this mail, as its status row (the dashboard's) has them.</param>
/// <param name="Complete">The status row's verdict (齐全 or not), not a recomputation.</param>
/// <param name="Findings">This mail's findings about its files.</param>
public sealed record ReceiptPart(Institution Institution, IReadOnlyList<string> Files, IReadOnlyList<MaterialReport> Materials, bool Complete,
    IReadOnlyList<Finding> Findings);
