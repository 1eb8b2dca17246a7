using Pilot1X.Core.Email;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Tests.Email;

/// <summary>Opens sample .eml bytes the way the engine does and collects the attachments as (name, bytes).</summary>
internal static class MailTestReader
{
    public static EmailEnvelope Envelope(byte[] eml)
    {
        using var stream = new MemoryStream(eml, writable: false);
        using var submission = new EmailReader(IntakeLimits.Default).Open(stream, "inbox/01.eml");
        return submission.Envelope;
    }

    public static List<(string Name, byte[] Content)> Attachments(byte[] eml, List<Finding> findings, IntakeLimits? limits = null)
    {
        limits ??= IntakeLimits.Default;
        using var stream = new MemoryStream(eml, writable: false);
        using var submission = new EmailReader(limits).Open(stream, "inbox/01.eml");
        var result = new List<(string, byte[])>();
        foreach (var item in submission.Attachments(new ExpansionBudget(limits), findings))
        {
            using (item)
            {
                using var copy = new MemoryStream();
                item.Content.CopyTo(copy);
                result.Add((item.EntryPath, copy.ToArray()));
            }
        }

        return result;
    }
}
