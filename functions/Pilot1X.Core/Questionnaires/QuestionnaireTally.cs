using Pilot1X.Core.Attribution;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Questionnaires;

/// <summary>
/// Counts the answers of the current exports against the roster: schools by the roster matcher (names, aliases, near
/// names), certificates by <paramref name="certificateOf"/> (the institution's roster certificate an answer names, or
/// null). An answer whose school is on no roster row — or could be two — is unmatched and listed as typed.
/// </summary>
public sealed class QuestionnaireTally(RosterMatcher schools, Func<Institution, string, string?> certificateOf)
{
    /// <summary>Characters that join several chosen certificates in one cell (问卷星 joins choices with ┋).</summary>
    private static readonly char[] ChoiceSeparators = ['┋', '|', ';', '；', '、', '\n', '\r'];

    private readonly Dictionary<Institution, int> _answers = [];
    private readonly Dictionary<(Institution, string, RespondentRole), int> _byCertificate = [];
    private readonly Dictionary<string, int> _unmatched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Institution?> _schoolCache = new(StringComparer.Ordinal);

    public int Answers { get; private set; }

    /// <summary>Answers whose school is on no roster row.</summary>
    public int Unmatched => _unmatched.Values.Sum();

    /// <summary>The unmatched schools as typed, most answers first.</summary>
    public IReadOnlyList<UnmatchedSchool> UnmatchedSchools =>
        [.. _unmatched.OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal).Select(u => new UnmatchedSchool(u.Key, u.Value))];

    public void Add(QuestionnaireExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        foreach (var group in export.Groups)
        {
            Answers += group.Count;
            var institution = SchoolOf(group.School);
            if (institution is null)
            {
                _unmatched[group.School] = _unmatched.GetValueOrDefault(group.School) + group.Count;
                continue;
            }

            _answers[institution] = _answers.GetValueOrDefault(institution) + group.Count;
            var role = RespondentRoles.Parse(group.Role);
            var certificates = group.Certificates.Split(ChoiceSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(typed => certificateOf(institution, typed))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            foreach (var certificate in certificates)
            {
                var key = (institution, certificate, role);
                _byCertificate[key] = _byCertificate.GetValueOrDefault(key) + group.Count;
            }
        }
    }

    /// <summary>The institution's answers, with a count for each of its roster certificates.</summary>
    public InstitutionAnswers For(Institution institution, IEnumerable<string> rosterCertificates)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(rosterCertificates);
        return new InstitutionAnswers(_answers.GetValueOrDefault(institution),
            [.. rosterCertificates.Select(c => new CertificateAnswers(c,
                _byCertificate.GetValueOrDefault((institution, c, RespondentRole.Teacher)),
                _byCertificate.GetValueOrDefault((institution, c, RespondentRole.Student))))]);
    }

    private Institution? SchoolOf(string typed)
    {
        if (!_schoolCache.TryGetValue(typed, out var institution))
        {
            institution = typed.Length == 0 ? null : schools.MatchText(typed).Institution;
            _schoolCache[typed] = institution;
        }

        return institution;
    }
}
