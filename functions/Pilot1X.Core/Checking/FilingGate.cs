using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Applies <see cref="FilingAuthority"/> to the files of one check, in the order they arrived: each file learns its
/// channel; one the rule refuses is held (its institution cleared, an INSTITUTION_MISMATCH finding saying what to do),
/// so it counts for nobody and shows up for the office instead.
/// </summary>
internal sealed class FilingGate(RosterMatcher matcher, bool foldersAreUploadLinks)
{
    public void Apply(IReadOnlyList<ReceivedItem> live, PriorFilings prior)
    {
        var current = prior.Copy();
        var ordered = live.Select((item, order) => (item, order)).OrderBy(x => x.item.Origin.ReceivedAt).ThenBy(x => x.order).Select(x => x.item);
        foreach (var item in ordered)
        {
            item.Channel = ChannelOf(item);
            if (item is not { IsMaterial: true, Institution: { } named })
            {
                continue;
            }

            var counts = item is { IsDuplicate: false } && item.Kind != MaterialKind.Unknown;
            var slot = new FilingSlot(named.Name, item.Kind, item.IsWord, VersionLedger.VersionKey(item));
            // A duplicate replaces nothing (the same content counts once), so only the link rule can hold it.
            var holder = counts ? current.GetValueOrDefault(slot) : null;
            if (FilingAuthority.Check(item.Channel, named, holder) is { } reason)
            {
                Hold(item, new HeldFiling(named.Name, item.Channel, reason, item.Kind, item.IsWord, holder));
            }
            else if (counts)
            {
                current[slot] = item.Channel.Submitter;
            }
        }
    }

    private SubmissionChannel ChannelOf(ReceivedItem item)
    {
        foreach (var folder in item.Origin.InputFolders)
        {
            if (!string.IsNullOrWhiteSpace(folder) && matcher.MatchText(folder).Institution is { } vouched)
            {
                return SubmissionChannel.Link(vouched.Name, foldersAreUploadLinks);
            }
        }

        return item.Origin.Email is { } email
            ? SubmissionChannel.Mail(email.FromAddress, matcher.MatchSender(email.FromAddress)?.Name)
            : SubmissionChannel.Direct;
    }

    private static void Hold(ReceivedItem item, HeldFiling held)
    {
        item.Held = held;
        item.Institution = null;
        item.IsDuplicate = false;
        // The resolver's "filed by name despite the sender" warning no longer holds: this finding replaces it.
        item.Findings.RemoveAll(f => f.Code is FindingCode.InstitutionMismatch or FindingCode.Duplicate);
        item.Findings.Add(FindingOf(item, held));
    }

    private static Finding FindingOf(ReceivedItem item, HeldFiling held)
    {
        var channel = held.Channel;
        if (held.Reason == HoldReason.NamesAnotherInstitution)
        {
            return Finding.Of(FindingCode.InstitutionMismatch, item.DisplayPath,
                $"“{item.FileName}”{channel.Describe()}，但文件名称指向“{held.Named}”。该文件既未计入“{held.Named}”，也未计入“{channel.Institution}”，已交职成教处核实。",
                $"如是“{channel.Institution}”的材料，请按本单位名称重新命名后重新提交；如是“{held.Named}”的材料，请由“{held.Named}”通过其本单位的上传链接或登记的联系邮箱提交。");
        }

        var version = $"{MaterialNames.Title(held.Kind)}的{(held.IsWord ? "Word 电子版" : "盖章扫描版")}";
        var previous = SubmissionChannel.DescribeSubmitter(held.CurrentSubmitter) is { } by ? $"（由{by}提交）" : string.Empty;
        return Finding.Of(FindingCode.InstitutionMismatch, item.DisplayPath,
            $"“{item.FileName}”{channel.Describe()}，名称指向“{held.Named}”；该邮箱不是“{held.Named}”在名单中登记的联系邮箱，而“{held.Named}”已有{version}的当前版本{previous}。为防止他人替换，该文件暂不计入任何单位，已交职成教处核实。",
            $"如确为“{held.Named}”的新版本，请用“{held.Named}”登记的联系邮箱重新发送，或请“{held.Named}”联系职成教处确认；如发错了单位，请以本单位名称重新命名后提交。");
    }
}
