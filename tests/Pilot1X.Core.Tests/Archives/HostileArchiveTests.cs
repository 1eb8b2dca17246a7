using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Archives;

public sealed class HostileArchiveTests
{
    private static readonly ArchiveSampleEntry[] Three =
    [
        new("一.docx", "1"u8.ToArray()),
        new("二.docx", "22"u8.ToArray()),
        new("三.pdf", "333"u8.ToArray()),
    ];

    [Fact]
    public void Zip_slip_entries_are_flagged_unsafe_and_skipped()
    {
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.ZipSlip(), findings);

        Assert.Equal(["docs/good.txt"], items.Select(i => i.Path));
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingCode.ArchiveUnsafe, f.Code));
        Assert.All(findings, f => Assert.StartsWith("inbox/材料.zip!/", f.File, StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("../../evil.txt", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("/etc/x", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains(@"C:\x", StringComparison.Ordinal) || f.Message.Contains("C:/x", StringComparison.Ordinal));
    }

    [Fact]
    public void Encrypted_zip_yields_nothing_and_reports_archive_encrypted_once()
    {
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.EncryptedZip(Three), findings);

        Assert.Empty(items);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveEncrypted, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("inbox/材料.zip", finding.File);
        Assert.Contains("压缩包设置了密码，无法读取，请去掉密码后重新提交", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_protected_rar_yields_nothing_and_reports_archive_encrypted()
    {
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.RarWithGbkNames(Three, encrypted: true), findings, displayPath: "inbox/材料.rar");

        Assert.Empty(items);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveEncrypted, finding.Code);
        Assert.Equal("inbox/材料.rar", finding.File);
    }

    [Fact]
    public void Truncated_zip_keeps_the_complete_entries_and_reports_the_rest_unreadable()
    {
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.TruncatedZip([.. Three, new("四.docx", new byte[4000])]), findings);

        Assert.Equal(["一.docx", "二.docx", "三.pdf"], items.Select(i => i.Path));
        Assert.Equal("333"u8.ToArray(), items[2].Content);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(FindingCode.DocumentUnreadable, f.Code));
        Assert.Contains(findings, f => f.File == "inbox/材料.zip" && f.Message.Contains("已读出 3 个文件", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_rar_keeps_the_complete_entries_and_reports_the_rest_unreadable()
    {
        var rar = ArchiveSampleBuilder.RarWithGbkNames([.. Three, new("四.docx", new byte[4000])]);
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll(rar[..^2500], findings, displayPath: "inbox/材料.rar");

        Assert.Equal(["一.docx", "二.docx", "三.pdf"], items.Select(i => i.Path));
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(FindingCode.DocumentUnreadable, f.Code));
    }

    [Fact]
    public void Garbage_with_a_zip_extension_is_reported_unreadable_without_throwing()
    {
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll("这不是压缩包"u8.ToArray(), findings);

        Assert.Empty(items);
        Assert.Equal(FindingCode.DocumentUnreadable, Assert.Single(findings).Code);
    }

    [Fact]
    public void Entry_count_limit_stops_reading_with_one_unsafe_finding()
    {
        var findings = new List<Finding>();
        var entries = Enumerable.Range(1, 6).Select(i => new ArchiveSampleEntry($"{i}.txt", [(byte)i])).ToList();

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.ZipWithGbkNames(entries), findings, new IntakeLimits { MaxEntries = 3 });

        Assert.Equal(3, items.Count);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveUnsafe, finding.Code);
        Assert.Contains("3", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_compression_ratio_above_the_limit_is_refused_before_extraction()
    {
        using var zip = new MemoryStream();
        ArchiveSampleBuilder.WriteZeroBomb(zip, 20L << 20, "炸弹.docx");
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll(zip.ToArray(), findings);

        Assert.Empty(items);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveUnsafe, finding.Code);
        Assert.Equal("inbox/材料.zip!/炸弹.docx", finding.File);
        Assert.Contains("压缩比", finding.Message, StringComparison.Ordinal);
        Assert.Contains("未解压", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_larger_than_the_per_entry_limit_is_refused_with_the_numbers()
    {
        var findings = new List<Finding>();
        var big = new byte[300_000];
        Random.Shared.NextBytes(big);

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.ZipWithGbkNames([new("大.pdf", big), new("小.pdf", [1])]), findings,
            new IntakeLimits { MaxEntryBytes = 100_000 });

        Assert.Equal(["小.pdf"], items.Select(i => i.Path));
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveUnsafe, finding.Code);
        Assert.Contains("300,000", finding.Message, StringComparison.Ordinal);
        Assert.Contains("100,000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_expansion_limit_refuses_entries_once_the_budget_is_spent()
    {
        var findings = new List<Finding>();
        var entries = Enumerable.Range(1, 3).Select(i => new ArchiveSampleEntry($"{i}.bin", new byte[40_000])).ToList();

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.ZipWithUtf8Flag(entries), findings,
            new IntakeLimits { MaxTotalBytes = 100_000 });

        Assert.Equal(2, items.Count);
        Assert.Equal(FindingCode.ArchiveUnsafe, Assert.Single(findings).Code);
        Assert.Contains("总上限", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entry_whose_header_understates_its_size_is_stopped_while_streaming()
    {
        var findings = new List<Finding>();

        var items = ArchiveTestReader.ReadAll(ArchiveSampleBuilder.ZipWithUnderstatedSize(50L << 20, 1000), findings);

        Assert.Empty(items);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveUnsafe, finding.Code);
        Assert.Contains("文件头声明", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_are_extracted_one_at_a_time_on_demand()
    {
        using var stream = new MemoryStream(ArchiveSampleBuilder.ZipWithGbkNames(Three));
        var budget = new ExpansionBudget(IntakeLimits.Default);

        using var first = new Core.Archives.ArchiveReader().Read(stream, "a.zip", budget, []).First();

        Assert.Equal("一.docx", first.EntryPath);
        Assert.Equal(1, budget.Entries);
        Assert.Equal(1, budget.TotalBytes);
    }

    [Fact]
    public void Cancellation_is_the_only_exception_that_leaves_the_enumeration()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stream = new MemoryStream(ArchiveSampleBuilder.ZipWithGbkNames(Three));

        var read = new Core.Archives.ArchiveReader().Read(stream, "a.zip", new ExpansionBudget(IntakeLimits.Default), [], cancelled.Token);

        Assert.Throws<OperationCanceledException>(() => read.ToList());
    }
}
