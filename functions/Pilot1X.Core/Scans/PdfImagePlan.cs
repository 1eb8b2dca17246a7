namespace Pilot1X.Core.Scans;

/// <summary>
/// What judging one image placed on a PDF page takes, known from its dictionary before any pixel is decoded: a verdict
/// already settled (bilevel, grayscale, shared with an image judged before), a budget it exceeds, or a decode to run.
/// </summary>
internal sealed record PdfImagePlan
{
    public required PdfImageKey Key { get; init; }

    /// <summary>Known without decoding (for a shared image: null, the verdict of <see cref="Key"/> is reused).</summary>
    public SealStatus? Settled { get; init; }

    /// <summary>Why the image is not decoded: the budget it exceeds (a Chinese clause).</summary>
    public string? OverBudget { get; init; }

    /// <summary>Pixels the decode reads (counted against the document's budget).</summary>
    public long Pixels { get; init; }

    /// <summary>The decode and judgement, safe to run on another thread (it holds its own copy of the encoded bytes).</summary>
    public Func<CancellationToken, SealStatus>? Judge { get; init; }
}
