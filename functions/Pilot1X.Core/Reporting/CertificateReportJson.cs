using System.Text.Json;
using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Reporting;

/// <summary>Writes an institution's <c>certificates</c> array of CHECK-CONTRACT.md (“Certificates and questionnaires”).</summary>
public static class CertificateReportJson
{
    /// <summary>The array, <c>[]</c> when the roster lists no certificates for the institution.</summary>
    public static void Write(Utf8JsonWriter json, IReadOnlyList<CertificateReport> certificates)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(certificates);
        json.WriteStartArray("certificates");
        foreach (var certificate in certificates)
        {
            json.WriteStartObject();
            json.WriteString("name", certificate.Name);
            json.WriteString("evaluation", ContractNames.Of(certificate.Evaluation));
            if (certificate.Grade is { } grade)
            {
                json.WriteString("grade", grade);
            }
            else
            {
                json.WriteNull("grade");
            }

            json.WriteString("selfCheck", ContractNames.Of(certificate.SelfCheck));
            json.WriteNumber("teachers", certificate.Teachers);
            json.WriteNumber("students", certificate.Students);
            json.WriteBoolean("quotaMet", certificate.QuotaMet);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
