using System.Text.Json;
using Pilot1X.Functions.Tests.Local;

namespace Pilot1X.Functions.Tests;

/// <summary>Reads what the Functions host will read: the functions.metadata and host.json the build put in the app's output folder.</summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public void Every_function_has_the_intended_trigger_source_queue_and_connection()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(OutputFile("functions.metadata")));
        var all = metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bindings").EnumerateArray().ToList(), StringComparer.Ordinal);
        Assert.Equal(["Analyze", "Dashboard", "DownloadReport", "IssueUploadLink", "IssueUploadReceipts", "PollMailbox", "RecordPoison", "Remind", "SendDailyReport", "SendOutbox", "SendReport", "SweepUploads", "Upload"], all.Keys.Order(StringComparer.Ordinal));
        var functions = all.Where(f => f.Key is "Analyze" or "RecordPoison" or "Upload" or "PollMailbox" or "SendOutbox")
            .ToDictionary(f => f.Key, f => Assert.Single(f.Value), StringComparer.Ordinal);

        var upload = functions["Upload"];
        Assert.Equal("blobTrigger", upload.GetProperty("type").GetString());
        Assert.Equal("uploads/{institution}/{name}", upload.GetProperty("path").GetString());
        Assert.Equal("EventGrid", upload.GetProperty("source").GetString());
        var analyze = functions["Analyze"];
        Assert.Equal("queueTrigger", analyze.GetProperty("type").GetString());
        Assert.Equal("analysis", analyze.GetProperty("queueName").GetString());
        var poison = functions["RecordPoison"];
        Assert.Equal("queueTrigger", poison.GetProperty("type").GetString());
        Assert.Equal("analysis-poison", poison.GetProperty("queueName").GetString());
        var poll = functions["PollMailbox"];
        Assert.Equal("timerTrigger", poll.GetProperty("type").GetString());
        Assert.Equal("%Mailbox__PollSchedule%", poll.GetProperty("schedule").GetString());
        var send = functions["SendOutbox"];
        Assert.Equal("queueTrigger", send.GetProperty("type").GetString());
        Assert.Equal("outbox", send.GetProperty("queueName").GetString());
        var storageTriggered = functions.Where(f => f.Key != "PollMailbox").Select(f => f.Value).ToList();
        Assert.All(storageTriggered, b => Assert.Equal(FunctionNames.Connection, b.GetProperty("connection").GetString()));
        Assert.All(storageTriggered, b => Assert.False(b.TryGetProperty("schedule", out _), "only the mailbox poll runs on a timer schedule"));
    }

    [Fact]
    public void Reminders_run_on_the_reminder_schedule_setting_and_upload_links_need_the_admin_key()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(OutputFile("functions.metadata")));
        var all = metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bindings").EnumerateArray().ToList(), StringComparer.Ordinal);

        var timer = Assert.Single(all["Remind"]);
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%Reminders__Schedule%", timer.GetProperty("schedule").GetString());
        var http = all["IssueUploadLink"].Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("Admin", http.GetProperty("authLevel").GetString());
        Assert.Equal("upload-links/{institution}", http.GetProperty("route").GetString());
        Assert.Equal(["post"], http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void The_upload_sweep_runs_on_its_schedule_setting()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(OutputFile("functions.metadata")));
        var sweep = metadata.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "SweepUploads");

        var timer = Assert.Single(sweep.GetProperty("bindings").EnumerateArray());
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%Uploads__SweepSchedule%", timer.GetProperty("schedule").GetString());
    }

    [Fact]
    public void The_upload_receipts_run_on_their_schedule_setting()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(OutputFile("functions.metadata")));
        var receipts = metadata.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "IssueUploadReceipts");

        var timer = Assert.Single(receipts.GetProperty("bindings").EnumerateArray());
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%Uploads__ReceiptSchedule%", timer.GetProperty("schedule").GetString());
    }

    [Fact]
    public void The_dashboard_is_a_get_only_route_behind_the_function_key()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(OutputFile("functions.metadata")));
        var dashboard = metadata.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Dashboard");

        var http = dashboard.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("Function", http.GetProperty("authLevel").GetString());
        Assert.Equal("dashboard", http.GetProperty("route").GetString());
        Assert.Equal(["get"], http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void The_daily_report_runs_on_the_report_schedule_setting_and_the_report_endpoints_need_a_function_key()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(OutputFile("functions.metadata")));
        var all = metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("bindings").EnumerateArray().ToList(), StringComparer.Ordinal);

        var timer = Assert.Single(all["SendDailyReport"]);
        Assert.Equal("timerTrigger", timer.GetProperty("type").GetString());
        Assert.Equal("%Reports__Schedule%", timer.GetProperty("schedule").GetString());
        foreach (var (name, route, method) in new[] { ("DownloadReport", "reports/summary.xlsx", "get"), ("SendReport", "reports/send", "post") })
        {
            var http = all[name].Single(b => b.GetProperty("type").GetString() == "httpTrigger");
            Assert.Equal("Function", http.GetProperty("authLevel").GetString());
            Assert.Equal(route, http.GetProperty("route").GetString());
            Assert.Equal([method], http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        }
    }

    [Fact]
    public void The_app_ships_the_root_host_json_with_deliberate_queue_retry_settings()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(OutputFile("host.json")));
        var root = host.RootElement;
        var queues = root.GetProperty("extensions").GetProperty("queues");

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("00:00:30", queues.GetProperty("visibilityTimeout").GetString());
        Assert.True(queues.GetProperty("batchSize").GetInt32() >= 1);
        Assert.Equal(File.ReadAllText(Path.Combine(AzuriteFixture.RepositoryRoot, "host.json")), File.ReadAllText(OutputFile("host.json")));
    }

    private static string OutputFile(string name)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(AzuriteFixture.RepositoryRoot, "functions", "Pilot1X.Functions", "bin", configuration, "net10.0", name);
        Assert.True(File.Exists(path), $"{path} is missing: build functions/Pilot1X.Functions first.");
        return path;
    }
}
