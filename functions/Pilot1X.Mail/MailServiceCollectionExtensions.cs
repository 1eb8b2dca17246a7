using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Notices;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;
using Pilot1X.Mail.Reminders;
using Pilot1X.Mail.Reports;
using Pilot1X.Pipeline.Reminders;

namespace Pilot1X.Mail;

/// <summary>Registers the mail door on top of the pipeline services (<c>AddPilot1XPipeline</c> must be called too).</summary>
public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddPilot1XMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MailStorageOptions>().Bind(configuration.GetSection(MailStorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MailStore>();
        services.AddSingleton<CheckpointStore>();
        services.AddSingleton<InboxKeeper>();
        services.AddSingleton<MailboxPoller>();
        services.AddSingleton<MailFolderReader>();
        services.AddOptions<MailboxOptions>().Bind(configuration.GetSection(MailboxOptions.SectionName));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddOptions<ReceiptOptions>().Bind(configuration.GetSection(ReceiptOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReceiptComposer>();
        services.AddSingleton<ReceiptThrottle>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxDrainer>();
        services.AddSingleton<ReceiptIssuer>();
        services.AddOptions<UploadReceiptOptions>().Bind(configuration.GetSection(UploadReceiptOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UploadReceiptIssuer>();
        services.AddSingleton<HeldFilingNoticeComposer>();
        services.AddSingleton<HeldFilingNotifier>();
        services.AddSingleton<MailCycle>();
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SentReminderStore>();
        services.AddSingleton<OutboxReminderDispatcher>();
        services.AddSingleton<ReminderRounds>();
        services.AddOptions<ReportOptions>()
            .Configure(o =>
            {
                o.Recipients = configuration[ReportOptions.RecipientsSetting];
                o.AllowedDomains = configuration[ReportOptions.AllowedDomainsSetting];
            })
            .Validate(o => ReportOptions.AreValid(ReportOptions.Split(o.Recipients)),
                "Pilot1X__ReportRecipients 应为以逗号或分号分隔的邮箱地址（例如 a@example.cn;b@example.cn）。")
            .Validate(o => o.AllowedDomainsAreValid,
                "Pilot1X__ReportAllowedDomains 应为以逗号或分号分隔的域名（例如 hbe.gov.cn;126.com），不带 @ 和网址前缀。")
            .ValidateOnStart();
        services.AddSingleton<OfficeReportMail>();
        services.AddSingleton<OfficeReportSender>();
        return services;
    }
}
