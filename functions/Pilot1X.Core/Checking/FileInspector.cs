using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Scans;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Checking;

/// <summary>Reads one received file (not a container) and records what it is and what is wrong with it.</summary>
internal sealed class FileInspector(OutlineExtractor outlines, OutlineValidator validator, ScanAnalyzer scans, IntakeLimits limits)
{
    private static readonly HashSet<string> ClaimedDocumentExtensions =
        new([".docx", ".doc", ".wps", ".pdf", ".jpg", ".jpeg", ".png", ".zip", ".rar", ".7z", ".eml"], StringComparer.OrdinalIgnoreCase);

    public ReceivedItem Inspect(Stream content, SubmissionOrigin origin, DetectedFormat format, string hash, CancellationToken cancellationToken)
    {
        var item = new ReceivedItem(origin, format, hash) { Kind = Classify(origin) };
        var file = origin.DisplayPath;
        if (MayBeQuestionnaire(origin, format) && InspectQuestionnaire(content, item))
        {
            return item;
        }

        switch (format.Format)
        {
            case FileFormat.Other when format.IsEmpty:
                item.Findings.Add(Finding.Of(FindingCode.DocumentUnreadable, file,
                    $"“{origin.FileName}”是空文件（0字节），没有任何内容。", "请确认文件已正确保存后重新提交。"));
                break;
            case FileFormat.Other when ClaimedDocumentExtensions.Contains(Path.GetExtension(origin.FileName)):
                item.Findings.Add(Finding.Of(FindingCode.DocumentUnreadable, file,
                    $"“{origin.FileName}”的内容不是其扩展名所示的格式，无法打开。", "请用原软件重新导出该文件（Word 另存为 .docx，扫描件导出为 PDF）后重新提交。"));
                break;
            case FileFormat.Other:
                item.Findings.Add(Finding.Of(FindingCode.UnsupportedFormat, file,
                    $"“{origin.FileName}”不是报送材料使用的文件类型（Word .docx、盖章扫描件 PDF/JPG/PNG、压缩包）。", "如该文件属于报送材料，请转换为 .docx 或 PDF 后重新提交；否则无需处理。"));
                break;
            case FileFormat.Spreadsheet or FileFormat.Presentation:
                // One finding for the whole workbook or presentation: its parts are never unpacked as an archive's files.
                item.Findings.Add(Finding.Of(FindingCode.UnsupportedFormat, file,
                    $"“{origin.FileName}”是{(format.Format == FileFormat.Spreadsheet ? " Excel 工作簿" : " PowerPoint 演示文稿")}，不是报送材料使用的文件类型（Word .docx、盖章扫描件 PDF/JPG/PNG、压缩包）。",
                    "报送材料请用 Word 文档（.docx）或盖章扫描件 PDF 提交；如该文件不属于报送材料，无需处理。"));
                break;
            case FileFormat.Docx when format.IsEncryptedOffice:
                item.Findings.Add(Finding.Of(FindingCode.DocumentUnreadable, file,
                    $"“{origin.FileName}”设置了打开密码，无法读取。", "请在 Word/WPS 中取消文档密码（文件→信息→保护文档）后另存为 .docx 重新提交。"));
                break;
            case FileFormat.Docx:
                InspectWord(content, item);
                break;
            case FileFormat.Doc or FileFormat.Wps:
                item.Findings.Add(Finding.Of(FindingCode.LegacyWordFormat, file,
                    $"“{origin.FileName}”是旧版 {(format.Format == FileFormat.Wps ? "WPS（.wps）" : "Word 97-2003（.doc）")} 格式，系统无法检查其提纲与字数。",
                    "请用 Word/WPS 另存为 .docx 后重新提交。"));
                break;
            case FileFormat.Pdf:
                InspectScan(item, () => scans.AnalyzePdf(content, cancellationToken));
                break;
            case FileFormat.Image:
                item.ScanPage = ScanPageGrouper.Parse(origin.FileName);
                InspectScan(item, () => scans.AnalyzeImages([content], cancellationToken));
                break;
            default:
                break;
        }

        return item;
    }

    private static bool MayBeQuestionnaire(SubmissionOrigin origin, DetectedFormat format) =>
        format.Format == FileFormat.Spreadsheet
        || (format is { Format: FileFormat.Other, IsEmpty: false } && Path.GetExtension(origin.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the file is a questionnaire export (counted, or refused with a finding saying why).</summary>
    private bool InspectQuestionnaire(Stream content, ReceivedItem item)
    {
        try
        {
            item.Questionnaire = QuestionnaireReader.Read(content, item.Format.Format == FileFormat.Spreadsheet, limits);
            if (item.Questionnaire is null)
            {
                content.Position = 0;
                return false;
            }
        }
        catch (QuestionnaireFormatException ex)
        {
            item.Findings.Add(Finding.Of(FindingCode.DocumentUnreadable, item.DisplayPath, $"“{item.FileName}”：{ex.Message}",
                "请从问卷平台重新导出（每行一份答卷、第一行为题目），并保留“学校”“身份（教师/学生）”“参与的1+X证书”三道题的列。"));
        }
        catch (UnsafeOfficePackageException ex)
        {
            item.Findings.Add(Finding.Of(FindingCode.ArchiveUnsafe, item.DisplayPath, $"“{item.FileName}”未予读取：{ex.Message}",
                "请从问卷平台重新导出问卷结果后再提交。"));
        }

        item.Kind = MaterialKind.Questionnaire;
        item.IsQuestionnaireExport = true;
        return true;
    }

    private void InspectWord(Stream content, ReceivedItem item)
    {
        try
        {
            item.Outline = outlines.Extract(content);
        }
        catch (UnreadableDocumentException ex)
        {
            item.Findings.Add(Finding.Of(FindingCode.DocumentUnreadable, item.DisplayPath,
                $"“{item.FileName}”无法打开：{ex.Message}", "请用 Word/WPS 打开确认无误后另存为 .docx 重新提交。"));
            return;
        }
        catch (UnsafeOfficePackageException ex)
        {
            item.Findings.Add(Finding.Of(FindingCode.ArchiveUnsafe, item.DisplayPath,
                $"“{item.FileName}”未予检查：{ex.Message}",
                "请用 Word/WPS 打开确认内容正常后“另存为”Word 文档（.docx）重新提交；如文档确实很大，请删去与报送无关的内容（或压缩图片）后再提交。"));
            return;
        }

        if (item.Kind == MaterialKind.Unknown)
        {
            item.Kind = MaterialClassifier.FromContent(item.Outline.Title,
                item.Outline.Sections.Select(s => s.Title).Concat(item.Outline.LeadingText));
        }

        item.OutlineCheck = validator.Validate(item.Kind, item.Outline, item.DisplayPath);
        item.Findings.AddRange(item.OutlineCheck.Findings);
    }

    private static void InspectScan(ReceivedItem item, Func<ScanAnalysis> analyse)
    {
        try
        {
            item.Scan = analyse();
        }
        catch (UnreadableDocumentException ex)
        {
            item.Findings.Add(Finding.Of(FindingCode.DocumentUnreadable, item.DisplayPath,
                $"“{item.FileName}”无法读取：{ex.Message}", "请重新扫描，导出为 PDF（或 JPG）后重新提交。"));
        }
    }

    private static MaterialKind Classify(SubmissionOrigin origin)
    {
        var byName = MaterialClassifier.FromName(origin.FileName);
        if (byName != MaterialKind.Unknown)
        {
            return byName;
        }

        // Folders ("1.工作总结报告/…") and the archive's own name say what the files in them are.
        var path = string.Join('/', origin.Context.Reverse().Append(origin.FileName));
        return MaterialClassifier.FromName(path);
    }
}
