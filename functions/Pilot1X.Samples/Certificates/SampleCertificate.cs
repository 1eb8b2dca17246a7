namespace Pilot1X.Samples;

/// <summary>
/// A pilot certificate as a school's report speaks of it: the name as the school writes it (often not as the roster
/// does), its training-evaluation organisation, and the grade section 四 gives it with the reason (null: no grade).
/// </summary>
public sealed record SampleCertificate(string Name, string Organisation, string? Grade = null, string Reason = "");
