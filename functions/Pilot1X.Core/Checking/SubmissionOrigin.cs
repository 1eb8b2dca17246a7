using Pilot1X.Core.Email;

namespace Pilot1X.Core.Checking;

/// <summary>Where a received file came from: what attributes it to an institution and when it arrived.</summary>
/// <param name="DisplayPath">The contract's display path (<c>!/</c> steps into an email or archive).</param>
/// <param name="TopLevelPath">The display path of the input it arrived in (the email, archive or loose file).</param>
/// <param name="FileName">Its own (sanitised) name.</param>
/// <param name="Context">Names around it, innermost first: folders inside its archive, the archive's name, folders on disk.</param>
/// <param name="Email">The nearest email it arrived in, if any.</param>
/// <param name="ReceivedAt">The email's date, else the check's as-of time.</param>
/// <param name="Depth">0 for a file given directly; +1 per email or archive around it.</param>
public sealed record SubmissionOrigin(
    string DisplayPath,
    string TopLevelPath,
    string FileName,
    IReadOnlyList<string> Context,
    EmailEnvelope? Email,
    DateTimeOffset ReceivedAt,
    int Depth)
{
    /// <summary>
    /// The folders the top-level input was found in (innermost first): on disk for <c>check</c>, the upload link's
    /// folder in the pipeline. Unlike <see cref="Context"/> they are not the sender's own naming, so they vouch.
    /// </summary>
    public IReadOnlyList<string> InputFolders { get; init; } = [];

    /// <summary>The origin of an item found inside this container.</summary>
    public SubmissionOrigin Inside(string entryPath, EmailEnvelope? email, DateTimeOffset receivedAt)
    {
        var segments = entryPath.Split('/');
        var context = new List<string>(segments.Length + Context.Count);
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            context.Add(segments[i]);
        }

        context.Add(Path.GetFileNameWithoutExtension(FileName));
        context.AddRange(Context);
        return new(DisplayPath + "!/" + entryPath, TopLevelPath, segments[^1], context, email ?? Email, receivedAt, Depth + 1) { InputFolders = InputFolders };
    }
}
