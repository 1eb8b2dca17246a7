using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Tests.Local;
using Pilot1X.Pipeline.Uploads;

namespace Pilot1X.Pipeline.Tests.Uploads;

/// <summary>Upload links on a real Azurite: they write their one blob under uploads/{institution}/ and can do nothing else.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class UploadLinkIssuerTests(AzuriteFixture azurite)
{
    private static readonly Institution School = new("武汉职业技术学院", [], true, [], [], SchoolLevel.Higher);
    private static readonly BinaryData Content = BinaryData.FromString("材料内容");

    private async Task<(BlobContainerClient Container, UploadLink Link)> IssueAsync(DateTimeOffset? validUntil = null)
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var container = service.GetBlobContainerClient("up-" + Guid.NewGuid().ToString("N")[..10]);
        await container.CreateAsync();
        await container.GetBlobClient("湖北工业大学/机密.docx").UploadAsync(BinaryData.FromString("别人的材料"));
        var issuer = new UploadLinkIssuer(service, container.Name, TimeProvider.System);
        var link = await issuer.IssueAsync(School, "总结报告.docx", validUntil ?? DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        return (container, link);
    }

    private static Uri Elsewhere(UploadLink link, string blobPath) =>
        new UriBuilder(link.Url) { Path = link.Url.AbsolutePath[..(link.Url.AbsolutePath.IndexOf("/up-", StringComparison.Ordinal) + 14)] + "/" + blobPath }.Uri;

    private static async Task<int> StatusOf(Func<Task> action)
    {
        var ex = await Assert.ThrowsAsync<RequestFailedException>(action);
        return ex.Status;
    }

    [Fact]
    public async Task Link_uploads_its_file_into_the_institutions_folder()
    {
        var (container, link) = await IssueAsync();

        await new BlobClient(link.Url).UploadAsync(Content, overwrite: true);

        Assert.Equal("武汉职业技术学院/总结报告.docx", link.BlobName);
        Assert.Equal("cw", link.Permissions);
        Assert.Equal("材料内容", (await container.GetBlobClient(link.BlobName).DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Link_cannot_read_back_what_it_wrote_or_anything_else()
    {
        var (_, link) = await IssueAsync();
        await new BlobClient(link.Url).UploadAsync(Content, overwrite: true);

        Assert.Equal(403, await StatusOf(() => new BlobClient(link.Url).DownloadContentAsync()));
        Assert.Equal(403, await StatusOf(() => new BlobClient(link.Url).GetPropertiesAsync()));
        Assert.Equal(403, await StatusOf(() => new BlobClient(Elsewhere(link, "湖北工业大学/机密.docx")).DownloadContentAsync()));
    }

    [Fact]
    public async Task Link_cannot_list_the_container()
    {
        var (container, link) = await IssueAsync();
        var listing = new BlobContainerClient(new UriBuilder(container.Uri) { Query = link.Url.Query.TrimStart('?') }.Uri);

        Assert.Equal(403, await StatusOf(async () => await listing.GetBlobsAsync().AsPages().FirstAsync()));
    }

    [Fact]
    public async Task Link_cannot_delete()
    {
        var (container, link) = await IssueAsync();
        await new BlobClient(link.Url).UploadAsync(Content, overwrite: true);

        Assert.Equal(403, await StatusOf(() => new BlobClient(link.Url).DeleteAsync()));
        Assert.Equal(403, await StatusOf(() => new BlobClient(Elsewhere(link, "湖北工业大学/机密.docx")).DeleteAsync()));
        Assert.True(await container.GetBlobClient(link.BlobName).ExistsAsync());
    }

    [Theory]
    [InlineData("武汉职业技术学院/另一个文件.docx")]
    [InlineData("湖北工业大学/总结报告.docx")]
    [InlineData("湖北工业大学/机密.docx")]
    [InlineData("总结报告.docx")]
    public async Task Link_cannot_write_anywhere_else(string blobPath)
    {
        var (container, link) = await IssueAsync();

        Assert.Equal(403, await StatusOf(() => new BlobClient(Elsewhere(link, blobPath)).UploadAsync(Content, overwrite: true)));
        Assert.Equal("别人的材料", (await container.GetBlobClient("湖北工业大学/机密.docx").DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Expired_link_is_refused_and_past_validity_is_rejected_at_issue()
    {
        var (_, link) = await IssueAsync(DateTimeOffset.UtcNow.AddSeconds(2));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(403, await StatusOf(() => new BlobClient(link.Url).UploadAsync(Content, overwrite: true)));
        await Assert.ThrowsAsync<ArgumentException>(() => IssueAsync(DateTimeOffset.UtcNow.AddMinutes(-1)));
    }

    [Theory]
    [InlineData("../湖北工业大学/x.docx")]
    [InlineData("a/b.docx")]
    [InlineData("..")]
    [InlineData("")]
    public void File_names_that_could_leave_the_folder_are_refused(string fileName)
    {
        Assert.Throws<ArgumentException>(() => UploadLinkNames.Check(School.Name, fileName));
    }
}
