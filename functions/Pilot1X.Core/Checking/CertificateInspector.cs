using Pilot1X.Core.Certificates;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Once a Word report is attributed, reads what it says of its institution's roster certificates and adds the certificate
/// findings (an uncovered certificate is an error: the evaluation report's Word version is then <c>invalid</c>).
/// </summary>
internal sealed class CertificateInspector
{
    private readonly Dictionary<string, CertificateMatcher> _matchers = new(StringComparer.Ordinal);

    public void Inspect(ReceivedItem item)
    {
        if (item is not { Outline: { } outline, Institution: { } institution, IsDuplicate: false, IsSuperseded: false }
            || item.Kind is not (MaterialKind.Evaluation or MaterialKind.Summary)
            || institution.PilotCertificates.Count == 0)
        {
            return;
        }

        if (!_matchers.TryGetValue(institution.Name, out var matcher))
        {
            matcher = new CertificateMatcher(institution.PilotCertificates);
            _matchers.Add(institution.Name, matcher);
        }

        IReadOnlyList<int?> templates = item.OutlineCheck is { } check ? [.. check.Sections.Select(s => s.Template)] : [];
        item.Certificates = CertificateReader.Read(item.Kind, outline, templates, matcher);
        item.Findings.AddRange(CertificateFindings.For(item.Kind, item.Certificates,
            CertificateReader.HasSectionFour(outline, templates), item.DisplayPath, item.FileName));
    }
}
