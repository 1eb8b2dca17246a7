using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Pilot1X.Pipeline.Options;

/// <summary>Fails the start with the Chinese problems <see cref="OfficeSettings"/> found in the settings.</summary>
internal sealed class OfficeOptionsValidation(IConfiguration configuration) : IValidateOptions<OfficeOptions>
{
    public ValidateOptionsResult Validate(string? name, OfficeOptions options)
    {
        OfficeSettings.Read(configuration, out var problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
