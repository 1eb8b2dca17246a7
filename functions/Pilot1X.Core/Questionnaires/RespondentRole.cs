namespace Pilot1X.Core.Questionnaires;

/// <summary>Who answered: the notice's quota counts teachers and students of each certificate.</summary>
public enum RespondentRole
{
    /// <summary>Neither a teacher nor a student (an administrator, an enterprise mentor, a blank answer).</summary>
    Other,
    Teacher,
    Student,
}
