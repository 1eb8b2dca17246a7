using System.Diagnostics.CodeAnalysis;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Archives;

/// <summary>
/// Reads a zip, rar or 7z submission entry by entry without ever expanding it whole or writing anything to disk by
/// entry name. Hostile entries (zip-slip, bombs, too many files) and broken or encrypted archives become findings;
/// the readable files are still delivered. Nested archives are yielded as items, not opened.
/// </summary>
public sealed class ArchiveReader
{
    /// <summary>
    /// Yields the readable file entries of <paramref name="archive"/> (a seekable stream) lazily, each spooled;
    /// findings name <c>displayPath!/entry</c> or the archive itself. Only cancellation is thrown.
    /// </summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API: the engine holds a reader.")]
    public IEnumerable<ContainerItem> Read(Stream archive, string displayPath, ExpansionBudget budget,
        ICollection<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(findings);
        if (!archive.CanSeek)
        {
            throw new ArgumentException("The archive stream must be seekable (spool it first).", nameof(archive));
        }

        return ReadEntries(archive, displayPath, budget, findings, cancellationToken);
    }

    private static IEnumerable<ContainerItem> ReadEntries(Stream archive, string displayPath, ExpansionBudget budget,
        ICollection<Finding> findings, CancellationToken cancellationToken)
    {
        var session = new ArchiveSession(displayPath, budget, findings);
        using var source = session.Open(archive);
        if (source is null)
        {
            yield break;
        }

        using var entries = source.Entries().GetEnumerator();
        while (session.MoveNext(entries))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = entries.Current;
            if (view.IsDirectory)
            {
                continue;
            }

            if (!budget.TryAddEntry())
            {
                session.ReportTooManyEntries();
                yield break;
            }

            var item = session.Accept(view, cancellationToken);
            if (item is not null)
            {
                yield return item;
            }
        }

        session.ReportIncomplete(source);
    }
}
