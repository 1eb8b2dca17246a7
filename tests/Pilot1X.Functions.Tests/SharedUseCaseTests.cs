using System.Net;
using System.Text.Json;
using Pilot1X.Functions.Tests.Local;
using Pilot1X.Mail.Reminders;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Uploads;

namespace Pilot1X.Functions.Tests;

/// <summary>
/// The use cases <c>pilot1x</c> and the Functions app both run (an upload link, a reminder round) are one service each:
/// the function classes hold only that service, and the service answers from the app's settings.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class SharedUseCaseTests(AzuriteFixture azurite)
{
    // Far ahead: a link valid until a past moment is refused.
    private static readonly DateTimeOffset Deadline = new(2099, 1, 15, 17, 0, 0, TimeSpan.FromHours(8));

    private static readonly Dictionary<string, string?> Settings = new()
    {
        [OfficeSettings.Deadline] = "2099-01-15T17:00:00+08:00",
        [OfficeSettings.From] = "zcjc@hbe.example.cn",
        [ReminderOptions.SectionName + ":SendInterval"] = "00:00:07",
    };

    [Theory]
    [InlineData(typeof(UploadLinkEndpoint), typeof(UploadLinkService))]
    [InlineData(typeof(ReminderFunction), typeof(ReminderRounds))]
    public void A_function_class_holds_the_shared_service_and_assembles_nothing_itself(Type function, Type service)
    {
        var parameters = Assert.Single(function.GetConstructors()).GetParameters().Select(p => p.ParameterType).ToList();

        Assert.Contains(service, parameters);
        Assert.DoesNotContain(typeof(DeadlineClock), parameters);
        Assert.DoesNotContain(typeof(OutboxReminderDispatcher), parameters);
        Assert.DoesNotContain(typeof(TimeProvider), parameters);
    }

    [Fact]
    public async Task The_upload_link_endpoint_defaults_to_the_configured_deadline_plus_the_grace_through_the_shared_service()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString, Settings);

        var (status, body) = await app.Create<UploadLinkEndpoint>().IssueAsync("武汉船舶职业技术学院", null, null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        var json = JsonSerializer.SerializeToElement(body);
        Assert.Equal(Deadline + UploadLinkIssuer.DefaultGrace, json.GetProperty("validUntil").GetDateTimeOffset());
        Assert.Equal(Deadline + UploadLinkIssuer.DefaultGrace, app.Create<UploadLinkService>().DefaultValidUntil);
        Assert.StartsWith("武汉船舶职业技术学院/", json.GetProperty("blob").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(".zip", json.GetProperty("blob").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_institution_off_the_roster_is_refused_by_the_shared_service_in_chinese()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString, Settings);

        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => app.Create<UploadLinkService>().IssueAsync("不存在的学校", null, null, CancellationToken.None));

        Assert.Equal("名单中没有“不存在的学校”：请使用名单上的单位全称。", error.Message);
    }

    [Fact]
    public async Task The_reminder_round_takes_deadline_sender_and_spacing_from_the_apps_settings()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString, Settings);
        var rounds = app.Create<ReminderRounds>();
        var asOf = Deadline.AddDays(-3);

        var spaced = rounds.For(asOf, spaced: true);
        var drainedAtOnce = rounds.For(asOf, spaced: false, dryRun: true);

        Assert.Equal(Deadline, spaced.Schedule.Deadline);
        Assert.Equal("zcjc@hbe.example.cn", spaced.From);
        Assert.Equal(TimeSpan.FromSeconds(7), spaced.Spacing);
        Assert.Equal(asOf, spaced.AsOf);
        Assert.Equal(TimeSpan.Zero, drainedAtOnce.Spacing);
        Assert.True(drainedAtOnce.DryRun);
        Assert.InRange(rounds.For(null, spaced: true).AsOf, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}
