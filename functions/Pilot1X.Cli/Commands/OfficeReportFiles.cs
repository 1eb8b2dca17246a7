using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Cli.Commands;

/// <summary>Writes the office's workbook and HTML summary where asked, creating folders, with Chinese errors for unwritable paths.</summary>
public static class OfficeReportFiles
{
    public static void Write(OfficeSummary summary, string xlsxPath, string htmlPath)
    {
        try
        {
            foreach (var path in new[] { xlsxPath, htmlPath })
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }
            }

            using (var xlsx = File.Create(xlsxPath))
            {
                OfficeWorkbook.Write(xlsx, summary);
            }

            File.WriteAllText(htmlPath, OfficeMailHtml.Render(summary), new System.Text.UTF8Encoding(false));
        }
        catch (IOException ex)
        {
            throw new UsageException($"无法写入汇总表或汇总邮件（{xlsxPath}、{htmlPath}）：{ex.Message}。请换一个可写的路径。", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UsageException($"没有权限写入汇总表或汇总邮件（{xlsxPath}、{htmlPath}），请换一个可写的路径。", ex);
        }
    }
}
