using Pilot1X.Core.Findings;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Archives;

public sealed class CorruptArchiveTests
{
    private static readonly ArchiveSampleEntry[] Entries =
    [
        new("总结报告.docx", [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7))]),
        new("扫描件/第1页.jpg", [.. Enumerable.Range(0, 2000).Select(i => (byte)(i % 13))]),
    ];

    public static TheoryData<string> Formats => ["zip", "7z", "rar", "zip-utf8"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Randomly_corrupted_archives_never_throw_out_of_the_enumeration(string format)
    {
        var original = format switch
        {
            "zip" => ArchiveSampleBuilder.ZipWithGbkNames(Entries),
            "7z" => ArchiveSampleBuilder.SevenZip(Entries),
            "rar" => ArchiveSampleBuilder.RarWithGbkNames(Entries),
            _ => ArchiveSampleBuilder.ZipWithUtf8Flag(Entries),
        };
        var random = new Random(20201228);
        for (var round = 0; round < 150; round++)
        {
            var corrupt = (byte[])original.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                corrupt[random.Next(corrupt.Length)] = (byte)random.Next(256);
            }

            if (round % 10 == 0)
            {
                corrupt = corrupt[..random.Next(1, corrupt.Length)];
            }

            var findings = new List<Finding>();
            var items = ArchiveTestReader.ReadAll(corrupt, findings);

            Assert.True(items.Count <= Entries.Length, $"round {round}");
        }
    }
}
