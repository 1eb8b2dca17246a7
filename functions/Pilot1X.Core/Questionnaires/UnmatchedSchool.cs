namespace Pilot1X.Core.Questionnaires;

/// <summary>A school name typed in answers that is on no roster row, and how many answers typed it.</summary>
/// <param name="Name">As typed (trimmed); empty when the answer left the school blank.</param>
public sealed record UnmatchedSchool(string Name, int Answers);
