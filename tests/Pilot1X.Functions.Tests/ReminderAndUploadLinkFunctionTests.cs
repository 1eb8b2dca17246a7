using System.Net;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Pilot1X.Functions.Tests.Local;
using Pilot1X.Mail;

namespace Pilot1X.Functions.Tests;

/// <summary>The reminder timer and the upload-link endpoint with the app's own services against Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReminderAndUploadLinkFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_reminder_function_runs_with_the_apps_services_and_queues_nothing_for_a_roster_without_contacts()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        var function = app.Create<ReminderFunction>();
        var timer = new TimerInfo();

        await function.RunAsync(timer, CancellationToken.None);
        await function.RunAsync(timer, CancellationToken.None);

        // The default roster (附件2) has no contact addresses, so nobody can be reminded; the run must still succeed.
        var mail = app.Create<MailStore>();
        await mail.EnsureCreatedAsync(CancellationToken.None);
        Assert.Empty(await TableRows.AllAsync(mail.Outbox));
    }

    [Fact]
    public async Task The_upload_link_endpoint_issues_a_write_only_link_for_a_roster_institution()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        var endpoint = app.Create<UploadLinkEndpoint>();

        var (status, body) = await endpoint.IssueAsync("武汉船舶职业技术学院", "总结报告.docx", DateTimeOffset.UtcNow.AddDays(1).ToString("O"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        var json = JsonSerializer.SerializeToElement(body);
        Assert.Equal("武汉船舶职业技术学院/总结报告.docx", json.GetProperty("blob").GetString());
        var url = new Uri(json.GetProperty("url").GetString()!);
        await new BlobClient(url).UploadAsync(BinaryData.FromString("x"), overwrite: true);
        Assert.True(await app.Store.Uploads.GetBlobClient("武汉船舶职业技术学院/总结报告.docx").ExistsAsync());
        Assert.Equal(403, (await Assert.ThrowsAsync<RequestFailedException>(() => new BlobClient(url).DownloadContentAsync())).Status);
    }

    [Theory]
    [InlineData("不存在的学校", "a.docx", null, HttpStatusCode.NotFound)]
    [InlineData("武汉船舶职业技术学院", "../a.docx", null, HttpStatusCode.BadRequest)]
    [InlineData("武汉船舶职业技术学院", "a.docx", "明天", HttpStatusCode.BadRequest)]
    [InlineData("武汉船舶职业技术学院", "a.docx", "2020-01-01T00:00:00+08:00", HttpStatusCode.BadRequest)]
    public async Task The_upload_link_endpoint_refuses_bad_requests_with_a_chinese_error(string institution, string file, string? validUntil, HttpStatusCode expected)
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);

        var (status, body) = await app.Create<UploadLinkEndpoint>().IssueAsync(institution, file, validUntil, CancellationToken.None);

        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrWhiteSpace(JsonSerializer.SerializeToElement(body).GetProperty("error").GetString()));
    }
}
