using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pilot1X.Functions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights();

// The Application Insights provider only takes warnings by default; the pipeline's Information logs are its trace.
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    var rule = options.Rules.FirstOrDefault(r => string.Equals(r.ProviderName,
        "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider", StringComparison.Ordinal));
    if (rule is not null)
    {
        options.Rules.Remove(rule);
    }
});
builder.Services.AddPilot1XFunctions(builder.Configuration);
builder.Services.AddTelemetryAuthentication(builder.Configuration);
await builder.Build().RunAsync().ConfigureAwait(false);
