namespace Pilot1X.Mail.Inbox;

/// <summary>What became of one fetched message.</summary>
public enum KeepOutcome
{
    /// <summary>Kept and handed to the upload intake.</summary>
    HandedOff,

    /// <summary>Kept, but the same mail was already taken in under another UID.</summary>
    Duplicate,

    /// <summary>This very message was handed off before (an overlapping poll, a re-read folder): nothing to do.</summary>
    Repeated,

    /// <summary>Expunged between listing and fetching: nothing to take.</summary>
    Vanished,

    /// <summary>Kept in the inbox container, but a step failed for this message alone: recorded on its row and passed over.</summary>
    Failed,
}
