using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Decides whose a received file is: its own name first, then the folders and archives around it, then the
/// email's subject, sender name and sender address. An ambiguous name is settled only by a context that names
/// one of its candidates; otherwise it stays ambiguous rather than guessed.
/// </summary>
internal sealed class InstitutionResolver(RosterMatcher matcher)
{
    private readonly HashSet<(string, string)> _mismatchReported = [];

    public void Resolve(ReceivedItem item)
    {
        if (item.IsQuestionnaireExport)
        {
            // An export holds many schools' answers: each answer counts for the school it names, the file for nobody.
            return;
        }

        var origin = item.Origin;
        InstitutionMatch? ambiguous = null;
        Institution? found = null;
        IEnumerable<string?> texts = [Path.GetFileNameWithoutExtension(origin.FileName), .. origin.Context, origin.Email?.Subject, origin.Email?.FromName];
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var match = matcher.MatchText(text);
            if (match.Institution is { } institution && (ambiguous is null || ambiguous.Candidates.Contains(institution)))
            {
                found = institution;
                break;
            }

            if (match.IsAmbiguous)
            {
                ambiguous ??= match;
            }
        }

        var sender = matcher.MatchSender(origin.Email?.FromAddress);
        if (found is null && sender is not null && (ambiguous is null || ambiguous.Candidates.Contains(sender)))
        {
            found = sender;
        }

        item.Institution = found;
        if (found is null)
        {
            // Only materials need an owner; a stray README or an unsafe entry is already reported for what it is.
            if (item.IsMaterial)
            {
                item.Findings.Add(ambiguous is not null ? Ambiguous(item, ambiguous) : Unknown(item));
            }
        }
        else if (sender is not null && sender != found && _mismatchReported.Add((origin.TopLevelPath, found.Name)))
        {
            item.Findings.Add(Finding.Of(FindingCode.InstitutionMismatch, origin.TopLevelPath,
                $"发件邮箱 {origin.Email!.FromAddress} 登记为“{sender.Name}”的联系邮箱，但“{origin.FileName}”的名称指向“{found.Name}”。",
                $"材料已按文件名称归入“{found.Name}”；如有误，请以本单位名称重新命名后提交。"));
        }
    }

    private static Finding Ambiguous(ReceivedItem item, InstitutionMatch match) =>
        Finding.Of(FindingCode.AmbiguousInstitution, item.DisplayPath,
            $"无法确定“{item.FileName}”属于哪个单位：名称同时符合{string.Join("、", match.Candidates.Select(c => $"“{c.Name}”"))}。",
            "请在文件名开头只写本单位全称，如“单位名称1+X证书制度试点工作总结报告.docx”。");

    private static Finding Unknown(ReceivedItem item) =>
        Finding.Of(FindingCode.UnknownInstitution, item.DisplayPath,
            $"无法从“{item.FileName}”的文件名、所在文件夹、压缩包名或邮件主题识别出试点单位。",
            "请以“单位全称+1+X证书制度试点工作”命名文件或压缩包（如“武汉工程大学1+X证书制度试点工作总结报告.docx”），并使用单位登记的联系邮箱发送。");
}
