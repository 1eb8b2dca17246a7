namespace Pilot1X.Core.Certificates;

/// <summary>What the evaluation report (附件4) says of one certificate; contract values in brackets.</summary>
public enum CertificateEvaluation
{
    /// <summary>Named, and section 四 ties a grade to it (<c>graded</c>).</summary>
    Graded,

    /// <summary>Named somewhere, but section 四 gives no grade (<c>covered</c>).</summary>
    Covered,

    /// <summary>The evaluation report never names it (<c>not_covered</c>).</summary>
    NotCovered,

    /// <summary>The institution owes an evaluation report but no readable Word version has arrived (<c>no_report</c>).</summary>
    NoReport,

    /// <summary>The institution is not sampled and sent no evaluation report (<c>not_required</c>).</summary>
    NotRequired,
}
