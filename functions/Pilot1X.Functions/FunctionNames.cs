namespace Pilot1X.Functions;

/// <summary>
/// Trigger names fixed at compile time (they end up in functions.metadata). The pipeline options must agree with
/// them; <see cref="FunctionsAppServices"/> checks that at start so a renamed queue fails the deployment, not the uploads.
/// </summary>
public static class FunctionNames
{
    /// <summary>The app setting (or <c>__blobServiceUri</c>/<c>__queueServiceUri</c>/<c>__tableServiceUri</c> group) of the storage account.</summary>
    public const string Connection = "Storage";

    public const string UploadsContainer = "uploads";

    public const string UploadPath = UploadsContainer + "/{institution}/{name}";

    public const string AnalysisQueue = "analysis";

    /// <summary>The Functions host's poison queue for <see cref="AnalysisQueue"/>.</summary>
    public const string PoisonQueue = AnalysisQueue + "-poison";

    public const string Upload = "Upload";

    public const string Analyze = "Analyze";

    public const string RecordPoison = "RecordPoison";

    public const string Remind = "Remind";

    public const string IssueUploadLink = "IssueUploadLink";

    public const string SweepUploads = "SweepUploads";

    public const string IssueUploadReceipts = "IssueUploadReceipts";

    /// <summary>The upload receipts' timer: the app setting holding its CRON (UTC).</summary>
    public const string UploadReceiptSchedule = "%Uploads__ReceiptSchedule%";

    /// <summary>The upload sweep's timer: the app setting holding its CRON (UTC).</summary>
    public const string SweepSchedule = "%Uploads__SweepSchedule%";

    /// <summary>The reminder timer's CRON setting (UTC): <c>0 0 1 * * *</c> is 09:00 China Standard Time.</summary>
    public const string ReminderSchedule = "%Reminders__Schedule%";

    public const string UploadLinkRoute = "upload-links/{institution}";

    public const string Dashboard = "Dashboard";

    public const string DashboardRoute = "dashboard";

    /// <summary>The mailbox poll's timer: the app setting holding its CRON (UTC).</summary>
    public const string PollSchedule = "%Mailbox__PollSchedule%";

    public const string OutboxQueue = "outbox";

    public const string PollMailbox = "PollMailbox";

    public const string SendOutbox = "SendOutbox";

    public const string SendDailyReport = "SendDailyReport";

    public const string DownloadReport = "DownloadReport";

    public const string SendReport = "SendReport";

    /// <summary>The daily report's timer (UTC): <c>0 0 10 * * *</c> is 18:00 China Standard Time.</summary>
    public const string ReportSchedule = "%Reports__Schedule%";

    public const string ReportWorkbookRoute = "reports/summary.xlsx";

    public const string ReportSendRoute = "reports/send";
}
