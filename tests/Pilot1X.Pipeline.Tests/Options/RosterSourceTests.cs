using Azure.Storage.Blobs;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Options;

/// <summary>The stored roster on a real Azurite: stored with its own name and time, read back by the app's loader.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class RosterSourceTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pilot1x-roster-source-").FullName;
    private readonly string _container = "roster" + Guid.NewGuid().ToString("N")[..12];

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Theory]
    [InlineData("名单.csv")]
    [InlineData("试点院校名单.xlsx")]
    public async Task A_stored_roster_is_read_back_with_its_own_name_and_the_time_it_was_stored(string name)
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var options = new RosterOptions { RosterBlob = _container + "/名单/试点院校名单" };
        var path = Path.Combine(_work, name);
        await File.WriteAllBytesAsync(path, name.EndsWith(".csv", StringComparison.Ordinal)
            ? RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Utf8Bom)
            : RosterFileBuilder.Xlsx(SampleRoster.Rows));
        var at = new DateTimeOffset(2020, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));

        var stored = await RosterSource.SaveAsync(path, options, blobs, at, CancellationToken.None);
        var loaded = RosterSource.Load(options, blobs);

        Assert.Equal(13, stored.Institutions);
        Assert.Equal(new RosterOrigin(name, at, 13), loaded.Origin);
        Assert.Equal($"使用已存储的名单（13 个单位，来自 {name}，2020-12-20 10:00 存入）", loaded.Origin.Describe());
        Assert.NotNull(loaded.Roster.Find("湖北科技职业学院"));
    }

    [Fact]
    public void Nothing_stored_at_the_default_place_means_the_built_in_roster()
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);

        var loaded = RosterSource.Load(new RosterOptions(), blobs);

        Assert.True(loaded.Origin.BuiltIn);
        Assert.Equal("使用内置名单（附件2，25 个单位）", loaded.Origin.Describe());
    }

    [Fact]
    public void A_configured_roster_blob_that_is_missing_is_an_error_not_a_silent_fallback()
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);

        var error = Assert.Throws<RosterFormatException>(() => RosterSource.Load(new RosterOptions { RosterBlob = _container + "/缺失.xlsx" }, blobs));

        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_roster_is_refused_before_anything_is_stored()
    {
        var blobs = new BlobServiceClient(azurite.ConnectionString);
        var options = new RosterOptions { RosterBlob = _container + "/名单" };
        var path = Path.Combine(_work, "坏名单.csv");
        await File.WriteAllTextAsync(path, "这不是名单\n");

        await Assert.ThrowsAsync<RosterFormatException>(() => RosterSource.SaveAsync(path, options, blobs, DateTimeOffset.UtcNow, CancellationToken.None));

        Assert.False(await blobs.GetBlobContainerClient(_container).ExistsAsync());
    }
}
