using System.Diagnostics;
using Pilot1X.Core.Archives;
using Pilot1X.Core.Email;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Samples;
using Xunit.Abstractions;

namespace Pilot1X.Core.Tests.Archives;

[Collection(nameof(MemoryMeasurementGroup))]
public sealed class ZipBombInEmailTests(ITestOutputHelper output)
{
    private const long ThreeGiB = 3L << 30;
    private const long PeakLimit = 300L << 20;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Three_gib_zip_bomb_mailed_as_an_attachment_is_rejected_in_bounded_memory(bool headersLie)
    {
        var bomb = BuildBomb(headersLie);
        Assert.True(bomb.Length < 8 << 20, $"the bomb zip itself is only {bomb.Length} bytes");
        var eml = MailSampleBuilder.Submission("武汉铁路职业技术学院1+X证书制度试点工作", "教务处", "jwc@wru.edu.cn",
            [new("武汉铁路职业技术学院1+X证书制度试点工作.zip", bomb, "application/zip")]);
        bomb = [];
        GC.Collect();
        ResetPeakWorkingSet();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();

        var findings = new List<Finding>();
        var delivered = 0;
        var limits = IntakeLimits.Default;
        var budget = new ExpansionBudget(limits);
        using (var stream = new MemoryStream(eml, writable: false))
        using (var submission = new EmailReader(limits).Open(stream, "inbox/bomb.eml"))
        {
            foreach (var attachment in submission.Attachments(budget, findings))
            {
                using (attachment)
                {
                    foreach (var entry in new ArchiveReader().Read(attachment.Content, "inbox/bomb.eml!/" + attachment.EntryPath, budget, findings))
                    {
                        entry.Dispose();
                        delivered++;
                    }
                }
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        output.WriteLine($"headersLie={headersLie}: {stopwatch.Elapsed.TotalSeconds:0.0} s, allocated {allocated:N0} B, "
                         + $"peak working set {process.PeakWorkingSet64:N0} B, expanded {budget.TotalBytes:N0} B; {findings.FirstOrDefault()?.Message}");
        Assert.Equal(0, delivered);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveUnsafe, finding.Code);
        var entryName = headersLie ? "bomb.bin" : "材料.docx";
        Assert.Equal("inbox/bomb.eml!/武汉铁路职业技术学院1+X证书制度试点工作.zip!/" + entryName, finding.File);
        Assert.True(allocated < 64L << 20, $"reading allocated {allocated:N0} bytes");
        Assert.True(process.PeakWorkingSet64 < PeakLimit, $"peak working set {process.PeakWorkingSet64:N0} bytes");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
        Assert.True(budget.TotalBytes <= limits.MaxEntryBytes + (4 << 20), $"expanded {budget.TotalBytes:N0} bytes");
    }

    /// <summary>On Linux, restarts the peak-RSS high-water mark (VmHWM) so the peak covers only what follows.</summary>
    private static void ResetPeakWorkingSet()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Kernels without clear_refs keep the whole-process peak, which is still bounded by the assertion.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static byte[] BuildBomb(bool headersLie)
    {
        // The lying variant declares 200 MiB (under the 256 MiB entry limit, ratio ~65:1) so only streaming checks can catch it.
        if (headersLie)
        {
            return ArchiveSampleBuilder.ZipWithUnderstatedSize(ThreeGiB, 200u << 20);
        }

        using var output = new MemoryStream();
        ArchiveSampleBuilder.WriteZeroBomb(output, ThreeGiB);
        return output.ToArray();
    }
}
