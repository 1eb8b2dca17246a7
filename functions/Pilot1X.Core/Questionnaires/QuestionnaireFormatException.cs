namespace Pilot1X.Core.Questionnaires;

/// <summary>A file that is a questionnaire export but cannot be counted; the message says why and what to do, in Chinese.</summary>
public sealed class QuestionnaireFormatException : Exception
{
    public QuestionnaireFormatException()
    {
    }

    public QuestionnaireFormatException(string message)
        : base(message)
    {
    }

    public QuestionnaireFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
