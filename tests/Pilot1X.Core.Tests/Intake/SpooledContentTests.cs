using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Tests.Intake;

public sealed class SpooledContentTests
{
    [Fact]
    public void Small_content_stays_in_memory_and_is_rewound()
    {
        using var spooled = SpooledContent.Spool(new MemoryStream([1, 2, 3]), 100);

        Assert.IsType<MemoryStream>(spooled);
        Assert.Equal(0, spooled.Position);
        Assert.Equal(3, spooled.Length);
    }

    [Fact]
    public void Large_content_moves_to_a_temporary_file_that_is_deleted_on_close()
    {
        var data = new byte[SpooledContent.MemoryThreshold + 10];
        data[^1] = 42;
        string path;
        using (var spooled = SpooledContent.Spool(new MemoryStream(data), long.MaxValue))
        {
            var file = Assert.IsType<FileStream>(spooled);
            path = file.Name;
            Assert.Equal(data.Length, spooled.Length);
            spooled.Position = data.Length - 1;
            Assert.Equal(42, spooled.ReadByte());
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Content_past_the_limit_is_refused_while_reading()
    {
        Assert.Throws<ContentTooLargeException>(() => SpooledContent.Spool(new MemoryStream(new byte[1000]), 999));
    }
}
