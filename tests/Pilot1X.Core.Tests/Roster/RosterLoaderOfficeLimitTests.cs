using System.IO.Compression;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Roster;

public sealed class RosterLoaderOfficeLimitTests
{
    [Fact]
    public void An_xlsx_roster_carrying_a_compression_bomb_part_is_refused_with_a_chinese_reason()
    {
        using var workbook = new MemoryStream();
        workbook.Write(RosterFileBuilder.Xlsx(SampleRoster.Rows));
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.Optimal).Open();
            bomb.Write(new byte[32 << 20]);
        }

        workbook.Position = 0;
        var error = Assert.Throws<RosterFormatException>(() => RosterLoader.LoadXlsx(workbook));

        Assert.Contains("名单工作簿未予读取", error.Message, StringComparison.Ordinal);
        Assert.Contains("压缩比", error.Message, StringComparison.Ordinal);
    }
}
