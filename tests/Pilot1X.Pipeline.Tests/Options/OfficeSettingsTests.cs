using Microsoft.Extensions.Configuration;
using Pilot1X.Core.Checking;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Pipeline.Tests.Options;

/// <summary>The office's settings read in one place: names as the deployment spells them, problems in Chinese.</summary>
public sealed class OfficeSettingsTests
{
    private static OfficeOptions Read(Dictionary<string, string?> settings, out IReadOnlyList<string> problems) =>
        OfficeSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), out problems);

    [Fact]
    public void Without_settings_the_notice_deadline_and_the_default_mailbox_apply()
    {
        var office = Read([], out var problems);

        Assert.Empty(problems);
        Assert.Equal(CheckOptions.DefaultDeadline, office.Deadline);
        Assert.Equal(OfficeOptions.DefaultAddress, office.Sender);
        Assert.Null(office.OfficeContactName);
    }

    [Fact]
    public void A_bare_date_deadline_is_the_last_second_of_that_day_in_china_standard_time()
    {
        var office = Read(new() { [OfficeSettings.Deadline] = "2020-12-30" }, out var problems);

        Assert.Empty(problems);
        Assert.Equal(new DateTimeOffset(2020, 12, 30, 23, 59, 59, TimeSpan.FromHours(8)), office.Deadline);
    }

    [Fact]
    public void The_sender_is_smtp_from_else_the_office_address_and_the_contact_name_is_kept()
    {
        var own = Read(new() { [OfficeSettings.OfficeAddress] = "zcjc@hbe.example.cn", [OfficeSettings.OfficeContactName] = "王老师" }, out _);
        var from = Read(new() { [OfficeSettings.OfficeAddress] = "zcjc@hbe.example.cn", [OfficeSettings.From] = "noreply@hbe.example.cn" }, out _);

        Assert.Equal("zcjc@hbe.example.cn", own.Sender);
        Assert.Equal("王老师", own.OfficeContactName);
        Assert.Equal("noreply@hbe.example.cn", from.Sender);
        Assert.Equal("hbe.example.cn", from.MessageIdDomain);
    }

    [Fact]
    public void Bad_values_are_named_by_their_setting_in_chinese()
    {
        Read(new() { [OfficeSettings.Deadline] = "下周一", [OfficeSettings.OfficeAddress] = "职成教处", [OfficeSettings.From] = "a@b@c" }, out var problems);

        Assert.Collection(problems,
            p => Assert.StartsWith("Pilot1X__Deadline 的值“下周一”", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Pilot1X__OfficeAddress 的值“职成教处”", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Smtp__From 的值“a@b@c”", p, StringComparison.Ordinal));
    }
}
