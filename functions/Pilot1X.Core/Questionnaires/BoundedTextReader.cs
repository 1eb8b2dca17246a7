using System.Globalization;

namespace Pilot1X.Core.Questionnaires;

/// <summary>
/// Counts the characters a CSV parser takes and refuses more than the budget, so one endless quoted cell (a file of a
/// single unclosed quote) cannot grow in memory until the process fails.
/// </summary>
internal sealed class BoundedTextReader(TextReader inner, long maxChars) : TextReader
{
    private long _read;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0 && ++_read > maxChars)
        {
            throw new QuestionnaireFormatException(string.Create(CultureInfo.InvariantCulture,
                $"问卷导出表超过 {maxChars:N0} 个字符的读取上限（疑似异常文件），已停止读取。"));
        }

        return c;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
