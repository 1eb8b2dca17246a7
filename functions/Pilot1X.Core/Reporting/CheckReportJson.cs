using Pilot1X.Core.Attribution;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as the <c>pilot1x.check/1</c> JSON document of CHECK-CONTRACT.md.</summary>
public static class CheckReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable; the output is a JSON document, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A writer with the contract's settings, for documents that embed its parts (<c>pilot1x status</c>).</summary>
    public static Utf8JsonWriter CreateWriter(Stream output) => new(output, Options);

    public static void Write(Stream output, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = CreateWriter(output);
        json.WriteStartObject();
        json.WriteString("schema", CheckReport.Schema);
        json.WriteString("asOf", Iso(report.AsOf));
        json.WriteString("deadline", Iso(report.Deadline));
        json.WriteStartArray("institutions");
        foreach (var institution in report.Institutions)
        {
            WriteInstitution(json, institution);
        }

        json.WriteEndArray();
        json.WriteStartArray("unassigned");
        foreach (var file in report.Unassigned)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            if (file.Held is { } held)
            {
                // Extension: a file naming an institution but held for the office (who may file for whom).
                json.WriteStartObject("held");
                json.WriteString("institution", held.Named);
                json.WriteString("reason", ContractNames.Of(held.Reason));
                json.WriteString("channel", ContractNames.Of(held.Channel.Kind));
                json.WriteString("submittedBy", held.Channel.Kind == ChannelKind.Mail ? held.Channel.Sender : held.Channel.Institution ?? held.Channel.Sender);
                json.WriteEndObject();
            }

            WriteFindings(json, file.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ignored");
        foreach (var ignored in report.Ignored)
        {
            json.WriteStartObject();
            json.WriteString("file", ignored.File);
            json.WriteString("reason", ignored.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (report.Questionnaires is { } questionnaires)
        {
            json.WriteStartObject("questionnaires");
            WriteStrings(json, "files", questionnaires.Files);
            json.WriteNumber("answers", questionnaires.Answers);
            json.WriteNumber("unmatched", questionnaires.Unmatched);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Writes one institution object; <paramref name="extra"/> adds members of a document that embeds it
    /// (<c>pilot1x status</c> adds the stored row's version), so both read alike from one writer.
    /// </summary>
    public static void WriteInstitution(Utf8JsonWriter json, InstitutionReport report, Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(report);
        json.WriteStartObject();
        json.WriteString("name", report.Institution.Name);
        json.WriteBoolean("sampled", report.Institution.Sampled);
        json.WriteString("level", ContractNames.Label(report.Institution.Level));
        json.WriteBoolean("complete", report.Complete);
        json.WriteStartArray("materials");
        foreach (var material in report.Materials)
        {
            json.WriteStartObject();
            json.WriteString("kind", ContractNames.Of(material.Kind));
            json.WriteBoolean("required", material.Required);
            json.WriteString("word", ContractNames.Of(material.Word));
            json.WriteString("scan", ContractNames.Of(material.Scan));
            WriteStrings(json, "files", material.Files);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("documents");
        foreach (var document in report.Documents)
        {
            WriteDocument(json, document);
        }

        json.WriteEndArray();
        WriteFindings(json, report.Findings);
        CertificateReportJson.Write(json, report.Certificates);
        if (report.Questionnaires is { } questionnaires)
        {
            json.WriteStartObject("questionnaires");
            json.WriteBoolean("received", questionnaires.Received);
            json.WriteNumber("answers", questionnaires.Answers);
            json.WriteBoolean("quotaMet", questionnaires.QuotaMet);
            json.WriteEndObject();
        }

        extra?.Invoke(json);
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentReport document)
    {
        json.WriteStartObject();
        json.WriteString("file", document.File);
        json.WriteString("kind", ContractNames.Of(document.Kind));
        json.WriteString("format", ContractNames.Of(document.Format));
        if (document.Sections is { } sections)
        {
            json.WriteStartArray("sections");
            foreach (var section in sections)
            {
                json.WriteStartObject();
                json.WriteString("heading", section.Heading);
                json.WriteString("title", section.Title);
                if (section.Template is { } template)
                {
                    json.WriteNumber("template", template);
                }
                else
                {
                    json.WriteNull("template");
                }

                json.WriteNumber("chars", section.Chars);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteNumber(json, "chars", document.Chars);
        WriteNumber(json, "images", document.Images);
        WriteNumber(json, "captionedImages", document.CaptionedImages);
        WriteNumber(json, "pages", document.Pages);
        if (document.Seal is { } seal)
        {
            json.WriteString("seal", ContractNames.Of(seal));
        }

        if (document.PageFiles is { } pages)
        {
            WriteStrings(json, "pageFiles", pages);
        }

        if (document.Status is { } status)
        {
            json.WriteString("status", status);
        }

        json.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter json, IEnumerable<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("code", finding.Code);
            json.WriteString("severity", ContractNames.Of(finding.Severity));
            if (finding.File is { } file)
            {
                json.WriteString("file", file);
            }

            json.WriteString("message", finding.Message);
            if (finding.Suggestion is { } suggestion)
            {
                json.WriteString("suggestion", suggestion);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    /// <summary>A time as the contract writes it (ISO 8601 with its offset).</summary>
    public static string Iso(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
