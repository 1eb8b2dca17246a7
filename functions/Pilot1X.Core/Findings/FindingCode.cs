namespace Pilot1X.Core.Findings;

/// <summary>The stable finding codes of CHECK-CONTRACT.md. Extend, never rename.</summary>
public static class FindingCode
{
    public const string UnknownInstitution = "UNKNOWN_INSTITUTION";
    public const string AmbiguousInstitution = "AMBIGUOUS_INSTITUTION";
    public const string InstitutionMismatch = "INSTITUTION_MISMATCH";
    public const string NameNonconforming = "NAME_NONCONFORMING";
    public const string UnknownMaterial = "UNKNOWN_MATERIAL";
    public const string UnsupportedFormat = "UNSUPPORTED_FORMAT";
    public const string LegacyWordFormat = "LEGACY_WORD_FORMAT";
    public const string DocumentUnreadable = "DOCUMENT_UNREADABLE";
    public const string SectionMissing = "SECTION_MISSING";
    public const string SectionEmpty = "SECTION_EMPTY";
    public const string SectionOrder = "SECTION_ORDER";
    public const string CaseLength = "CASE_LENGTH";
    public const string CaseNoImages = "CASE_NO_IMAGES";
    public const string ImageCaptionMissing = "IMAGE_CAPTION_MISSING";
    public const string SealNotFound = "SEAL_NOT_FOUND";
    public const string SealUndetermined = "SEAL_UNDETERMINED";
    public const string MaterialMissing = "MATERIAL_MISSING";
    public const string ArchiveUnsafe = "ARCHIVE_UNSAFE";
    public const string ArchiveEncrypted = "ARCHIVE_ENCRYPTED";
    public const string Duplicate = "DUPLICATE";
    public const string Superseded = "SUPERSEDED";
    public const string LateSubmission = "LATE_SUBMISSION";
    public const string LargeAttachmentLink = "LARGE_ATTACHMENT_LINK";
    public const string CertificateNotCovered = "CERTIFICATE_NOT_COVERED";
    public const string CertificateGradeMissing = "CERTIFICATE_GRADE_MISSING";
    public const string SelfCheckCertificateMissing = "SELF_CHECK_CERTIFICATE_MISSING";
    public const string QuestionnaireQuota = "QUESTIONNAIRE_QUOTA";
    public const string QuestionnaireUnmatched = "QUESTIONNAIRE_UNMATCHED";

    /// <summary>The contract's severity for each code.</summary>
    public static Severity SeverityOf(string code) => code switch
    {
        UnknownInstitution or AmbiguousInstitution or DocumentUnreadable
            or SectionMissing or SectionEmpty or MaterialMissing or ArchiveUnsafe or ArchiveEncrypted
            or CertificateNotCovered => Severity.Error,
        SealUndetermined or Duplicate or Superseded or QuestionnaireUnmatched => Severity.Info,
        _ => Severity.Warning,
    };
}
