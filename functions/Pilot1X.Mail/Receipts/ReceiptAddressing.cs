using Pilot1X.Core.Attribution;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Whom a receipt answers and what it says about whom: the greeting goes to the sender's own roster institution (its
/// 联系邮箱), else to the institution its files name; a mail with files for several institutions shows each one's part;
/// files held because they name an institution the sender may not file for are listed apart (the named institution
/// is told by <see cref="Notices.HeldFilingNotifier"/>). States come from the status rows, never recomputed here.
/// </summary>
internal static class ReceiptAddressing
{
    /// <summary>Whom the receipt greets: the sender's own roster institution (<paramref name="own"/>), else the first its files name.</summary>
    public static Institution? Addressee(Institution? own, IReadOnlyList<Institution> filed) => own ?? (filed.Count > 0 ? filed[0] : null);

    /// <param name="own">The roster institution whose 联系邮箱 sent the mail, if any (<see cref="RosterMatcher.MatchSender"/>).</param>
    public static ReceiptRequest Request(MailMessageRow message, Institution? own, ReceiptFacts facts, InstitutionRoster roster, DateTimeOffset deadline)
    {
        var addressee = Addressee(own, facts.Filed);
        var heldFiles = facts.Held.Select(h => h.File).ToHashSet(StringComparer.Ordinal);
        var findings = facts.Findings.Where(f => f.Finding.File is null || !heldFiles.Contains(f.Finding.File)).ToList();
        var files = facts.Filed.SelectMany(i => facts.FilesOf.GetValueOrDefault(i.Name) ?? [])
            .Concat(facts.Held.Select(h => h.File))
            .Concat(facts.Findings.Select(f => f.Finding.File).OfType<string>().Where(f => f.Contains("!/", StringComparison.Ordinal)))
            .Select(DisplayName.Leaf).Distinct(StringComparer.Ordinal).ToList();
        var several = facts.Filed.Count > 1 || (facts.Filed.Count == 1 && !ReferenceEquals(facts.Filed[0], addressee));
        var parts = several
            ? facts.Filed.Select(i => new ReceiptPart(i,
                [.. (facts.FilesOf.GetValueOrDefault(i.Name) ?? []).Select(DisplayName.Leaf).Distinct(StringComparer.Ordinal)],
                facts.Statuses.GetValueOrDefault(i.Name)?.Materials ?? CompletenessEvaluator.Evaluate(i, []).Materials,
                facts.Statuses.GetValueOrDefault(i.Name)?.Complete ?? false,
                [.. findings.Where(f => f.Institution == i.Name).Select(f => f.Finding)])).ToList()
            : [];
        var partNames = parts.Select(p => p.Institution.Name).ToHashSet(StringComparer.Ordinal);
        var status = addressee is null ? null : facts.Statuses.GetValueOrDefault(addressee.Name);
        // No status row yet: nothing of it counted, and the row would say exactly what the evaluator says of no evidence.
        var materials = status?.Materials ?? (addressee is null ? [] : CompletenessEvaluator.Evaluate(addressee, []).Materials);
        return new ReceiptRequest(message.SubmissionId!, message.From!, message.Subject, message.MessageId, message.References, addressee,
            files, materials, [.. findings.Where(f => !partNames.Contains(f.Institution)).Select(f => f.Finding)], message.ReceivedAt, deadline)
        {
            // No status row: nothing of it has counted yet, so it is not 齐全.
            Complete = addressee is null ? null : status?.Complete ?? false,
            Parts = parts,
            // Several institutions and no roster sender to say which is “yours”: greet them all.
            Salutation = several && own is null ? string.Join("、", facts.Filed.Select(i => i.Name)) : null,
            HeldFiles = [.. facts.Held.Select(h => new ReceiptHeldFile(DisplayName.Leaf(h.File), h.Held.Named,
                h.Message ?? $"“{DisplayName.Leaf(h.File)}”的名称指向“{h.Held.Named}”，未计入任何单位，已交职成教处核实。",
                roster.Find(h.Held.Named) is { Contacts.Count: > 0 }))],
            ClosestNames = addressee is null ? new RosterSuggester(roster).Closest([message.Subject, .. files]) : [],
        };
    }
}
