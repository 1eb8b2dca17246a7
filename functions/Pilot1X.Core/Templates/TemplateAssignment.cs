namespace Pilot1X.Core.Templates;

/// <summary>Assigns headings to template sections one-to-one, best scores first, so duplicates and near-misses cannot steal a section.</summary>
internal static class TemplateAssignment
{
    /// <summary>For each heading title, the 1-based template section it is, or null.</summary>
    public static int?[] Assign(IReadOnlyList<string> titles, OutlineTemplate template)
    {
        var candidates = new List<(double Score, int Heading, int Section)>();
        for (var h = 0; h < titles.Count; h++)
        {
            var normalized = SectionTitleMatcher.Normalize(titles[h]);
            foreach (var section in template.Sections)
            {
                var best = 0.0;
                foreach (var key in section.NormalizedKeys)
                {
                    best = Math.Max(best, SectionTitleMatcher.Score(normalized, key));
                }

                if (best >= SectionTitleMatcher.Threshold)
                {
                    candidates.Add((best, h, section.Number));
                }
            }
        }

        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score)
            : x.Heading != y.Heading ? x.Heading.CompareTo(y.Heading) : x.Section.CompareTo(y.Section));
        var result = new int?[titles.Count];
        var taken = new HashSet<int>();
        foreach (var (_, heading, section) in candidates)
        {
            if (result[heading] is null && taken.Add(section))
            {
                result[heading] = section;
            }
        }

        return result;
    }
}
