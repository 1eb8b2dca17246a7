using System.Globalization;
using System.Runtime.ExceptionServices;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Scans;

/// <summary>
/// The verdicts on the image objects of one PDF, each judged once, and the document's budgets: images placed, pixels
/// decoded. The first budget exceeded is kept as the reason the seal stays undetermined.
/// </summary>
internal sealed class PdfImageVerdicts(ScanLimits limits)
{
    private readonly Dictionary<PdfImageKey, SealStatus> verdicts = [];
    private readonly Dictionary<PdfImageKey, Func<CancellationToken, SealStatus>> pending = [];
    private int placed;
    private long pixels;

    /// <summary>The first budget exceeded (a Chinese clause); reading stops there.</summary>
    public string? OverBudget { get; private set; }

    public bool IsKnown(PdfImageKey key) => verdicts.ContainsKey(key) || pending.ContainsKey(key);

    /// <summary>Counts one more image placed on a page; false (with <see cref="OverBudget"/> set) past the document's cap.</summary>
    public bool TryPlace(int pageNumber)
    {
        if (++placed <= limits.MaxImages)
        {
            return true;
        }

        OverBudget ??= string.Create(CultureInfo.InvariantCulture, $"读到PDF第{pageNumber}页时，页面图像已超过每份扫描件{limits.MaxImages}个的检查上限");
        return false;
    }

    /// <summary>Takes in a plan; false (with <see cref="OverBudget"/> set) when it exceeds a budget.</summary>
    public bool Admit(PdfImagePlan plan)
    {
        if (plan.OverBudget is not null)
        {
            OverBudget ??= plan.OverBudget;
            return false;
        }

        if (plan.Settled is { } settled)
        {
            verdicts[plan.Key] = settled;
        }
        else if (plan.Judge is not null)
        {
            pixels += plan.Pixels;
            if (pixels > limits.MaxDocumentPixels)
            {
                OverBudget ??= string.Create(CultureInfo.InvariantCulture,
                    $"需解码的页面图像合计超过每份扫描件{limits.MaxDocumentPixels / 1_000_000}百万像素的检查上限");
                return false;
            }

            pending[plan.Key] = plan.Judge;
        }

        return true;
    }

    /// <summary>Judges the images taken in since the last call, at most <see cref="ScanLimits.PagesJudgedAtOnce"/> at a time.</summary>
    public void JudgePending(CancellationToken cancellationToken)
    {
        var work = pending.ToList();
        pending.Clear();
        var results = new SealStatus[work.Count];
        try
        {
            var options = new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = Math.Max(1, Math.Min(limits.PagesJudgedAtOnce, Environment.ProcessorCount)),
            };
            Parallel.For(0, work.Count, options, i => results[i] = work[i].Value(cancellationToken));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Surface the page's own failure (e.g. UnreadableDocumentException), as a sequential reading would.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        for (var i = 0; i < work.Count; i++)
        {
            verdicts[work[i].Key] = results[i];
        }
    }

    /// <summary>The verdict on an image judged before (call after <see cref="JudgePending"/>).</summary>
    public SealStatus Of(PdfImageKey key) => verdicts[key];
}
