using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Infrastructure.Outputs;
using YearEndAdjustment.Tests.Outputs;

namespace YearEndAdjustment.IntegrationTests.Outputs;

// Golden tests on the PDF's own text layer (PdfPig): each value is found inside the rectangle SlipPdfLayout gives its
// box, so a value drawn in the wrong box fails.
public sealed partial class WithholdingSlipPdfTests
{
    private const string EmployeeMyNumber = "123456789018";
    private const string ChildMyNumber = "987654321098";

    private readonly WithholdingSlipPdfRenderer _renderer = new();

    [Fact]
    public void EmployeeCopy_2024_HasEveryBoxValueInItsBox_AndTheFlatCutInRemarks()
    {
        var source = SlipSamples.Year2024();
        var slip = WithholdingSlipBuilder.Build(source);

        var page = Render(slip, taxOffice: false, numbers: null);

        AssertBox(page, slip, "Title", null);
        AssertBox(page, slip, "Name", "山田太郎");
        AssertBox(page, slip, "NameKana", "ヤマダタロウ");
        AssertBox(page, slip, "EmployeeNumber", "1001");
        AssertBox(page, slip, "PaymentAmount", "6,000,000");
        AssertBox(page, slip, "EmploymentIncome", source.Result.SalaryIncome.ToString("#,0"));
        AssertBox(page, slip, "TotalDeductions", source.Result.TotalDeductions.ToString("#,0"));
        AssertBox(page, slip, "WithholdingTax", source.Result.AnnualTax.ToString("#,0"));
        AssertBox(page, slip, "SpouseFlags", "有");
        AssertBox(page, slip, "SpouseDeduction", "380,000");
        AssertBox(page, slip, "SpecificCount", "1");
        AssertBox(page, slip, "SocialInsurance", "900,000");
        AssertBox(page, slip, "HousingLoanCredit", source.Result.HousingLoanCredit.ToString("#,0"));
        AssertBox(page, slip, "HousingCount", "1");
        AssertBox(page, slip, "HousingAvailable", "200,000");
        AssertBox(page, slip, "HousingStart", "令和2年3月15日");
        AssertBox(page, slip, "HousingCategory", "住");
        AssertBox(page, slip, "HousingBalance", "20,000,000");
        AssertBox(page, slip, "SpouseName", "山田花子");
        AssertBox(page, slip, "Dependant1", "山田一郎");
        AssertBox(page, slip, "BasicDeduction", "480,000");
        AssertBox(page, slip, "Remarks", $"源泉徴収時所得税減税控除済額{source.Result.FlatTaxCutApplied:#,0}円、控除外額{source.Result.FlatTaxCutUnabsorbed:#,0}円");
        AssertBox(page, slip, "BirthDate", "昭和55年1月15日");
        AssertBox(page, slip, "PayerName", "株式会社サンプル商事");
        Assert.Contains("令和6年分給与所得の源泉徴収票", Squeeze(page.Text));
        Assert.Contains("受給者交付用", page.Text);
        Assert.DoesNotContain("特親", page.Text);
    }

    [Fact]
    public void EmployeeCopy_2025_HasTheSpecificRelativeBoxes()
    {
        var source = SlipSamples.Year2025();
        var slip = WithholdingSlipBuilder.Build(source);

        var page = Render(slip, taxOffice: false, numbers: null);

        AssertBox(page, slip, "SpecificRelativeCount", "1");
        AssertBox(page, slip, "SpecificRelativeDeduction", source.Result.SpecificRelativeDeduction.ToString("#,0"));
        AssertBox(page, slip, "Dependant1", "佐藤学");
        AssertBox(page, slip, "LifeNewGeneral", "120,000");
        AssertBox(page, slip, "LifeOldGeneral", "50,000");
        AssertBox(page, slip, "LifeCareMedical", "30,000");
        AssertBox(page, slip, "LifeNewPension", "60,000");
        AssertBox(page, slip, "LifeInsuranceDeduction", source.Result.LifeInsuranceDeduction.ToString("#,0"));
        Assert.Contains("令和7年分", page.Text);
    }

    [Fact]
    public void EmployeeCopy_2026_NamesFourAndPutsTheRestAndThePreviousEmployerInRemarks()
    {
        var slip = WithholdingSlipBuilder.Build(SlipSamples.Year2026());

        var page = Render(slip, taxOffice: false, numbers: null);

        AssertBox(page, slip, "Dependant4", "鈴木四男");
        AssertBox(page, slip, "Young4", "鈴木四子");
        AssertBox(page, slip, "Remarks", "控除対象扶養親族鈴木父、鈴木母");
        AssertBox(page, slip, "Remarks", "16歳未満の扶養親族鈴木五子");
        AssertBox(page, slip, "Remarks", "株式会社前職");
        AssertBox(page, slip, "YoungCount", "5");
        AssertBox(page, slip, "ElderlyCount", "内12");
        AssertBox(page, slip, "Joined", "○");
        AssertBox(page, slip, "JoinLeaveDate", "令和8年6月1日");
        Assert.DoesNotContain("鈴木五子", BoxText(page, SlipPdfLayout.Box(slip.Layout, "Young4")));
    }

    [Fact]
    public void Leaver_ShowsPaidAndWithheld_AndTheLeaveTick()
    {
        var slip = WithholdingSlipBuilder.Build(SlipSamples.Leaver2025());

        var page = Render(slip, taxOffice: false, numbers: null);

        AssertBox(page, slip, "PaymentAmount", "2,700,000");
        AssertBox(page, slip, "WithholdingTax", "61,000");
        AssertBox(page, slip, "Left", "○");
        AssertBox(page, slip, "JoinLeaveDate", "令和7年9月30日");
        var employmentIncome = SlipPdfLayout.Box(slip.Layout, "EmploymentIncome");
        Assert.Equal(Squeeze(employmentIncome.Label), BoxText(page, employmentIncome));
    }

    [Fact]
    public void EmployeeCopy_CarriesNoTwelveDigitNumber_TaxOfficeCopyCarriesThemWhenGiven()
    {
        var source = SlipSamples.Year2024();
        var slip = WithholdingSlipBuilder.Build(source);
        var child = slip.Dependants[0];
        var numbers = new SlipMyNumbers(EmployeeMyNumber, new Dictionary<Guid, string> { [child.EntryId] = ChildMyNumber });

        var employeeCopy = Render(slip, taxOffice: false, numbers: null);
        var taxOffice = Render(slip, taxOffice: true, numbers);
        var taxOfficeWithout = Render(slip, taxOffice: true, numbers: null);

        Assert.Empty(TwelveDigits().Matches(Digits(employeeCopy)));
        Assert.DoesNotContain("1234567890123", Digits(employeeCopy));
        AssertBox(taxOffice, slip, "MyNumber", EmployeeMyNumber);
        AssertBox(taxOffice, slip, "Dependant1MyNumber", ChildMyNumber);
        AssertBox(taxOffice, slip, "PayerNumber", "1234567890123");
        Assert.Contains("税務署提出用", taxOffice.Text);
        Assert.DoesNotContain(EmployeeMyNumber, Digits(taxOfficeWithout));
    }

    [Fact]
    public void Pdf_EmbedsItsFont()
    {
        var slip = WithholdingSlipBuilder.Build(SlipSamples.Year2025());
        using var stream = new MemoryStream();
        _renderer.RenderEmployeeCopy(slip, stream);

        var raw = Encoding.Latin1.GetString(stream.ToArray());

        Assert.Contains("/FontFile2", raw);
        Assert.Contains("IPAGothic", raw);
    }

    private Page Render(WithholdingSlip slip, bool taxOffice, SlipMyNumbers? numbers)
    {
        using var stream = new MemoryStream();
        if (taxOffice)
        {
            _renderer.RenderTaxOfficeCopy(slip, numbers, stream);
        }
        else
        {
            _renderer.RenderEmployeeCopy(slip, stream);
        }

        var document = PdfDocument.Open(stream.ToArray());
        Assert.Equal(1, document.NumberOfPages);
        return document.GetPage(1);
    }

    private static void AssertBox(Page page, WithholdingSlip slip, string key, string? expected)
    {
        if (expected is null)
        {
            return;
        }

        var text = BoxText(page, SlipPdfLayout.Box(slip.Layout, key));
        Assert.True(text.Contains(Squeeze(expected), StringComparison.Ordinal), $"Box {key}: expected '{expected}' in '{text}'.");
    }

    // The letters whose centre lies inside the box, in reading order, without spaces.
    private static string BoxText(Page page, SlipBox box)
    {
        var top = page.Height - box.Y;
        var bottom = page.Height - (box.Y + box.Height);
        var letters = page.Letters
            .Where(l =>
            {
                var cx = (l.BoundingBox.Left + l.BoundingBox.Right) / 2;
                var cy = (l.BoundingBox.Top + l.BoundingBox.Bottom) / 2;
                return cx > box.X && cx < box.X + box.Width && cy < top && cy > bottom;
            })
            .OrderByDescending(l => Math.Round(l.StartBaseLine.Y, 0))
            .ThenBy(l => l.StartBaseLine.X)
            .Select(l => l.Value);
        return Squeeze(string.Concat(letters));
    }

    private static string Digits(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    private static string Squeeze(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\d{12}")]
    private static partial Regex TwelveDigits();
}
