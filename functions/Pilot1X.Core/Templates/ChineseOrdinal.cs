namespace Pilot1X.Core.Templates;

/// <summary>一 … 十 for the template section numbers used in messages ("第五部分").</summary>
internal static class ChineseOrdinal
{
    private static readonly string[] Numbers = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static string Of(int number) =>
        number is >= 0 and <= 10 ? Numbers[number] : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
