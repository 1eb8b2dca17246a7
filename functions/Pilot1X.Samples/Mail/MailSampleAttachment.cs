namespace Pilot1X.Samples;

/// <summary>One attachment of a sample mail.</summary>
public sealed record MailSampleAttachment(string FileName, byte[] Content, string MediaType = "application/octet-stream");
