using YearEndAdjustment.Domain.Outputs;

namespace YearEndAdjustment.Infrastructure.Outputs;

// Where each box of the 源泉徴収票 sits on the page, in points from the top-left of an A4 portrait page. Data, not
// drawing logic: the renderer walks this table, and the golden tests read the same rectangles to find each value.
// Proportions follow the NTA slip (forms-and-formats.md §2); 2025 onward adds 特親 and 特定親族特別控除の額 [S4].
internal sealed record SlipBox(string Key, string Label, double X, double Y, double Width, double Height);

internal static class SlipPdfLayout
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 20;
    public const double Right = 575;
    public const double Top = 45;
    public const double Bottom = 553;

    private static readonly SlipBox[] Common =
    [
        new("Address", "支払を受ける者 住所又は居所", 20, 45, 340, 70),
        new("EmployeeNumber", "受給者番号", 360, 45, 215, 14),
        new("MyNumber", "個人番号", 360, 59, 215, 14),
        new("Title", "役職名", 360, 73, 215, 14),
        new("NameKana", "(フリガナ)", 360, 87, 215, 14),
        new("Name", "氏名", 360, 101, 215, 14),

        new("Kind", "種別", 20, 115, 75, 30),
        new("PaymentAmount", "支払金額", 95, 115, 120, 30),
        new("EmploymentIncome", "給与所得控除後の金額(調整控除後)", 215, 115, 120, 30),
        new("TotalDeductions", "所得控除の額の合計額", 335, 115, 120, 30),
        new("WithholdingTax", "源泉徴収税額", 455, 115, 120, 30),

        new("SpouseFlags", "控除対象配偶者の有無等", 20, 145, 60, 34),
        new("SpouseDeduction", "配偶者(特別)控除の額", 80, 145, 80, 34),
        new("SpecificCount", "扶養 特定", 160, 145, 40, 34),
        new("ElderlyCount", "老人", 200, 145, 60, 34),
        new("YoungCount", "16歳未満扶養親族の数", 340, 145, 55, 34),
        new("SpeciallyDisabledCount", "障害者 特別", 395, 145, 55, 34),
        new("OtherDisabledCount", "障害者 その他", 450, 145, 45, 34),
        new("NonResidentCount", "非居住者である親族の数", 495, 145, 80, 34),

        new("SocialInsurance", "社会保険料等の金額", 20, 179, 140, 30),
        new("LifeInsuranceDeduction", "生命保険料の控除額", 160, 179, 140, 30),
        new("EarthquakeDeduction", "地震保険料の控除額", 300, 179, 135, 30),
        new("HousingLoanCredit", "住宅借入金等特別控除の額", 435, 179, 140, 30),

        new("Remarks", "(摘要)", 20, 209, 555, 60),

        new("LifeNewGeneral", "新生命保険料の金額", 80, 269, 99, 28),
        new("LifeOldGeneral", "旧生命保険料の金額", 179, 269, 99, 28),
        new("LifeCareMedical", "介護医療保険料の金額", 278, 269, 99, 28),
        new("LifeNewPension", "新個人年金保険料の金額", 377, 269, 99, 28),
        new("LifeOldPension", "旧個人年金保険料の金額", 476, 269, 99, 28),

        new("HousingCount", "住宅借入金等特別控除適用数", 80, 297, 60, 28),
        new("HousingAvailable", "住宅借入金等特別控除可能額", 140, 297, 100, 28),
        new("HousingStart", "居住開始年月日(1回目)", 240, 297, 120, 28),
        new("HousingCategory", "控除区分(1回目)", 360, 297, 60, 28),
        new("HousingBalance", "年末残高(1回目)", 420, 297, 155, 28),

        new("SpouseName", "(源泉・特別)控除対象配偶者 氏名", 20, 325, 230, 28),
        new("SpouseMyNumber", "個人番号", 250, 325, 110, 28),
        new("SpouseIncome", "配偶者の合計所得", 360, 325, 70, 28),
        new("NationalPension", "国民年金保険料等の金額", 430, 325, 70, 28),
        new("OldLongTerm", "旧長期損害保険料の金額", 500, 325, 75, 28),

        new("BasicDeduction", "基礎控除の額", 20, 353, 140, 28),
        new("IncomeAdjustment", "所得金額調整控除額", 160, 353, 140, 28),

        new("Minor", "未成年者", 20, 469, 35, 28),
        new("Foreigner", "外国人", 55, 469, 35, 28),
        new("DeathRetirement", "死亡退職", 90, 469, 35, 28),
        new("Disaster", "災害者", 125, 469, 35, 28),
        new("SecondaryColumn", "乙欄", 160, 469, 35, 28),
        new("SelfSpecial", "本人 特別障害", 195, 469, 35, 28),
        new("SelfOther", "本人 その他障害", 230, 469, 35, 28),
        new("Widow", "寡婦", 265, 469, 35, 28),
        new("SingleParent", "ひとり親", 300, 469, 35, 28),
        new("WorkingStudent", "勤労学生", 335, 469, 35, 28),
        new("Joined", "就職", 370, 469, 35, 28),
        new("Left", "退職", 405, 469, 35, 28),
        new("JoinLeaveDate", "中途就・退職 年月日", 440, 469, 70, 28),
        new("BirthDate", "受給者生年月日", 510, 469, 65, 28),

        new("PayerNumber", "支払者 個人番号又は法人番号", 20, 497, 555, 14),
        new("PayerAddress", "住所(居所)又は所在地", 20, 511, 555, 14),
        new("PayerName", "氏名又は名称", 20, 525, 355, 28),
        new("PayerPhone", "電話", 375, 525, 200, 28),
    ];

    // 2024: その他 takes the place 特親 has from 2025.
    private static readonly SlipBox[] Until2024 =
    [
        new("OtherCount", "その他", 260, 145, 80, 34),
    ];

    private static readonly SlipBox[] From2025 =
    [
        new("OtherCount", "その他", 260, 145, 40, 34),
        new("SpecificRelativeCount", "特親", 300, 145, 40, 34),
        new("SpecificRelativeDeduction", "特定親族特別控除の額", 300, 353, 140, 28),
    ];

    public const double PersonRowTop = 381;
    public const double PersonRowHeight = 22;

    public static IReadOnlyList<SlipBox> BoxesFor(SlipYearLayout layout)
    {
        var boxes = new List<SlipBox>(Common);
        boxes.AddRange(layout.HasSpecificRelativeBoxes ? From2025 : Until2024);
        for (var i = 0; i < WithholdingSlipBuilder.NamedPersonsPerList; i++)
        {
            var y = PersonRowTop + (i * PersonRowHeight);
            boxes.Add(new SlipBox($"Dependant{i + 1}", $"控除対象扶養親族{i + 1}", 20, y, 200, PersonRowHeight));
            boxes.Add(new SlipBox($"Dependant{i + 1}MyNumber", "個人番号", 220, y, 80, PersonRowHeight));
            boxes.Add(new SlipBox($"Young{i + 1}", $"16歳未満の扶養親族{i + 1}", 300, y, 200, PersonRowHeight));
            boxes.Add(new SlipBox($"Young{i + 1}MyNumber", "個人番号", 500, y, 75, PersonRowHeight));
        }

        return boxes;
    }

    public static SlipBox Box(SlipYearLayout layout, string key) => BoxesFor(layout).Single(b => b.Key == key);
}
