using System.ComponentModel.DataAnnotations;

namespace Pilot1X.Pipeline.Options;

/// <summary>
/// Where the pipeline keeps its state. Names are settings, not constants, so tests and parallel deployments can
/// share one storage account without seeing each other's data; the defaults match the Functions triggers.
/// </summary>
public sealed class PipelineStorageOptions
{
    public const string SectionName = "Pilot1X:Storage";

    /// <summary>Container the schools' files are uploaded to (<c>uploads/{institution}/{name}</c>).</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string UploadsContainer { get; set; } = "uploads";

    /// <summary>Container the filed materials go to (<c>{institution}/{material}/{canonical name}</c>).</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string MaterialsContainer { get; set; } = "materials";

    /// <summary>Container for text too long for a Table property (referenced from the row).</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string LongTextContainer { get; set; } = "sections";

    /// <summary>Queue the analysis requests go through.</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string AnalysisQueue { get; set; } = "analysis";

    /// <summary>Where the Functions host moves a message that failed too often (its convention: <c>{queue}-poison</c>).</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string PoisonQueue { get; set; } = "analysis-poison";

    /// <summary>Prefix of every table name (letters and digits, starting with a letter).</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{0,40}$")]
    public string TablePrefix { get; set; } = "Pilot1X";

    /// <summary>How often an institution's status update is retried when another analysis changed it meanwhile.</summary>
    [Range(1, 1000)]
    public int StatusUpdateAttempts { get; set; } = 50;

    private const string ContainerPattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";
}
