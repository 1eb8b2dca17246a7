using System.Globalization;
using System.Text;

namespace Pilot1X.Core.Word;

/// <summary>Renders a list counter in a Word <c>w:numFmt</c> (一、甲、①、III …) as Word displays it.</summary>
internal static class NumberFormatter
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string format) => format switch
    {
        "chineseCounting" => ChineseCounting(value),
        "chineseCountingThousand" or "taiwaneseCountingThousand" => ChineseThousand(value, ChineseDigits, "千百十"),
        "ideographDigital" => Digitwise(value),
        "chineseLegalSimplified" => ChineseThousand(value, LegalDigits, "仟佰拾"),
        "ideographTraditional" => Cycle(value, HeavenlyStems),
        "ideographZodiac" => Cycle(value, EarthlyBranches),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => Enclosed(value, '\u2460', 20),
        "decimalEnclosedParen" => Enclosed(value, '\u2474', 20),
        "decimalEnclosedFullstop" => Enclosed(value, '\u2488', 20),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string ChineseCounting(int value) =>
        value is > 0 and < 100 ? ChineseThousand(value, ChineseDigits, "千百十") : Digitwise(value);

    private static string Digitwise(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(digits.Length);
        foreach (var digit in digits)
        {
            builder.Append(digit is >= '0' and <= '9' ? ChineseDigits[digit - '0'] : digit);
        }

        return builder.ToString();
    }

    private static string ChineseThousand(int value, string digits, string units)
    {
        if (value is <= 0 or >= 10000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder();
        int[] powers = [1000, 100, 10, 1];
        var pendingZero = false;
        for (var i = 0; i < powers.Length; i++)
        {
            var digit = value / powers[i] % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append(digits[0]);
                pendingZero = false;
            }

            // 十一 rather than 一十一 when the number starts at the tens.
            if (!(i == 2 && digit == 1 && builder.Length == 0 && digits == ChineseDigits))
            {
                builder.Append(digits[digit]);
            }

            if (i < 3)
            {
                builder.Append(units[i]);
            }
        }

        return builder.ToString();
    }

    private static string Cycle(int value, string symbols) =>
        value > 0 ? symbols[(value - 1) % symbols.Length].ToString() : value.ToString(CultureInfo.InvariantCulture);

    private static string Letters(int value, char first)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        // Word repeats the letter: A … Z, AA … ZZ.
        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Symbol)[] table =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach (var (amount, symbol) in table)
        {
            while (value >= amount)
            {
                builder.Append(symbol);
                value -= amount;
            }
        }

        return builder.ToString();
    }

    private static string Enclosed(int value, char first, int count) =>
        value >= 1 && value <= count ? ((char)(first + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);

    private static string FullWidth(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(digits.Length);
        foreach (var digit in digits)
        {
            builder.Append(digit is >= '0' and <= '9' ? (char)('\uFF10' + digit - '0') : digit);
        }

        return builder.ToString();
    }
}
