using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// Who may file a material for an institution. Until this rule a file's name alone decided, so anyone (another school's
/// upload link, any mail address) could make their file another institution's current version — the newest wins — and
/// that institution was never told. The rule, applied in one place for <c>pilot1x check</c> and the pipeline alike:
/// <list type="number">
/// <item>An upload link (or, in <c>check</c>, a folder named after an institution) authenticates one institution: its
/// files are that institution's; one whose name points to another is held, never filed for either.</item>
/// <item>A mail from one of the named institution's roster contacts (联系邮箱) may always file and replace.</item>
/// <item>A mail from ANOTHER institution's roster contact vouches for that institution, as its upload link does: a file
/// in it named for a third institution is held, never filed for either (otherwise 襄阳's mail with files named for 荆州
/// would take 荆州 off the 未交 list without 荆州 knowing).</item>
/// <item>Any other mail may file a material the institution has no current version of — the roster has no address for
/// many schools, which must still be able to submit — and may replace a current version it sent itself (the same
/// sender correcting its file). Replacing a version someone else sent (a registered contact, another address, the
/// institution's link) is held: a stranger's mail must not silently overwrite what the institution sent.</item>
/// </list>
/// </summary>
public static class FilingAuthority
{
    /// <summary>Null when the file may be filed for <paramref name="named"/>; otherwise why it is held.</summary>
    /// <param name="channel">How the file arrived.</param>
    /// <param name="named">The institution the file is attributed to by its name (or context).</param>
    /// <param name="currentSubmitter">
    /// Who sent the version the file would replace (<see cref="SubmissionChannel.Submitter"/>); null when there is no
    /// current version, empty when there is one whose sender is unknown.
    /// </param>
    public static HoldReason? Check(SubmissionChannel channel, Institution named, string? currentSubmitter)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(named);
        return channel.Kind switch
        {
            ChannelKind.UploadLink or ChannelKind.Folder =>
                string.Equals(channel.Institution, named.Name, StringComparison.Ordinal) ? null : HoldReason.NamesAnotherInstitution,
            ChannelKind.Mail when IsContact(named, channel.Sender) => null,
            ChannelKind.Mail when channel.Institution is { Length: > 0 } own && !string.Equals(own, named.Name, StringComparison.Ordinal) =>
                HoldReason.NamesAnotherInstitution,
            ChannelKind.Mail when currentSubmitter is null => null,
            ChannelKind.Mail => string.Equals(currentSubmitter, channel.Submitter, StringComparison.Ordinal) ? null : HoldReason.ReplacesWithoutAuthority,
            _ => null,
        };
    }

    /// <summary>True when <paramref name="address"/> is one of the institution's roster contacts (联系邮箱).</summary>
    public static bool IsContact(Institution institution, string? address)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var canonical = ContactAddress.Canonical(address);
        return canonical is not null && institution.Contacts.Contains(canonical, StringComparer.OrdinalIgnoreCase);
    }
}
