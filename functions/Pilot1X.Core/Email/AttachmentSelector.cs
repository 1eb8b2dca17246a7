using MimeKit;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Email;

/// <summary>
/// Decides which MIME parts are submitted files: real attachments, application/* parts and forwarded messages —
/// not the message text, nor pictures pasted into the body (they are part of the mail, not of the submission).
/// </summary>
internal static class AttachmentSelector
{
    public static IEnumerable<(MimeEntity Entity, string Name)> Select(MimeMessage message)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var unnamed = 0;
        foreach (var entity in Walk(message.Body))
        {
            var name = entity switch
            {
                MessagePart forwarded => ForwardedName(forwarded),
                MimePart part when part.FileName is { } fileName && !string.IsNullOrWhiteSpace(fileName) => DisplayName.Sanitize(fileName),
                MimePart part => $"未命名附件{++unnamed}{ExtensionOf(part)}",
                _ => null,
            };
            if (name is not null)
            {
                yield return (entity, Unique(name, names));
            }
        }
    }

    private static IEnumerable<MimeEntity> Walk(MimeEntity? entity)
    {
        switch (entity)
        {
            case Multipart multipart:
                foreach (var child in multipart.SelectMany(Walk))
                {
                    yield return child;
                }

                break;
            case MessagePart:
                yield return entity;
                break;
            case MimePart part when IsSubmittedFile(part):
                yield return part;
                break;
        }
    }

    private static bool IsSubmittedFile(MimePart part)
    {
        var type = part.ContentType;
        if (type.MediaType.Equals("message", StringComparison.OrdinalIgnoreCase)
            || type.IsMimeType("application", "pgp-signature") || type.IsMimeType("application", "pkcs7-signature")
            || type.IsMimeType("application", "x-pkcs7-signature"))
        {
            return false;
        }

        var hasName = !string.IsNullOrWhiteSpace(part.FileName);
        if (type.MediaType.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (type.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase))
        {
            return hasName && part.ContentDisposition?.IsAttachment == true;
        }

        return part.IsAttachment && (hasName || part is not TextPart);
    }

    private static string ForwardedName(MessagePart part)
    {
        var name = part.ContentDisposition?.FileName ?? part.ContentType.Name ?? part.Message?.Subject;
        name = string.IsNullOrWhiteSpace(name) ? "转发的邮件" : DisplayName.Sanitize(name);
        return name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) ? name : name + ".eml";
    }

    private static string ExtensionOf(MimePart part) =>
        MimeTypes.TryGetExtension(part.ContentType.MimeType, out var extension) ? extension : string.Empty;

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{stem}({n}){extension}";
        }

        return candidate;
    }
}
