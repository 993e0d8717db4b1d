using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Domain.Outputs;

namespace YearEndAdjustment.Infrastructure.Outputs;

// 源泉徴収票 as one A4 page (ADR 0042): the grid of SlipPdfLayout, a small label at the top of each box and the value at
// its bottom right (amounts) or left (text). The employee copy's path never reads a number: it passes none.
internal sealed class WithholdingSlipPdfRenderer : IWithholdingSlipPdfRenderer
{
    private const string Tick = "○";

    private static readonly XPen Thin = new(XColors.Black, 0.4);
    private static readonly XPen Frame = new(XColors.Black, 1.0);

    private readonly XFont _label;
    private readonly XFont _value;
    private readonly XFont _small;
    private readonly XFont _title;

    public WithholdingSlipPdfRenderer()
    {
        EmbeddedFontResolver.EnsureInstalled();
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        _label = new XFont(EmbeddedFontResolver.FamilyName, 5, XFontStyleEx.Regular, unicode);
        _small = new XFont(EmbeddedFontResolver.FamilyName, 6.5, XFontStyleEx.Regular, unicode);
        _value = new XFont(EmbeddedFontResolver.FamilyName, 8.5, XFontStyleEx.Regular, unicode);
        _title = new XFont(EmbeddedFontResolver.FamilyName, 12, XFontStyleEx.Regular, unicode);
    }

    public void RenderEmployeeCopy(WithholdingSlip slip, Stream output) => Render(slip, taxOfficeCopy: false, null, output);

    public void RenderTaxOfficeCopy(WithholdingSlip slip, SlipMyNumbers? myNumbers, Stream output) =>
        Render(slip, taxOfficeCopy: true, myNumbers, output);

    private void Render(WithholdingSlip slip, bool taxOfficeCopy, SlipMyNumbers? numbers, Stream output)
    {
        ArgumentNullException.ThrowIfNull(slip);
        ArgumentNullException.ThrowIfNull(output);
        using var document = new PdfDocument();
        document.Info.Title = slip.Layout.Title;
        document.Info.Creator = "YearEndAdjustment";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            DrawFrame(gfx, slip, taxOfficeCopy);
            var values = new SlipBoxValues(slip, taxOfficeCopy ? numbers : null, taxOfficeCopy);
            foreach (var box in SlipPdfLayout.BoxesFor(slip.Layout))
            {
                gfx.DrawRectangle(Thin, box.X, box.Y, box.Width, box.Height);
                gfx.DrawString(box.Label, _label, XBrushes.Black, new XRect(box.X + 1.5, box.Y + 1, box.Width - 3, 6), XStringFormats.TopLeft);
                if (box.Key == "Remarks")
                {
                    DrawRemarks(gfx, box, values.RemarkLines());
                    continue;
                }

                var (text, alignRight) = values.For(box.Key);
                if (!string.IsNullOrEmpty(text))
                {
                    var font = box.Height < 20 || text.Length > 22 ? _small : _value;
                    var area = new XRect(box.X + 2, box.Y + 6, box.Width - 4, box.Height - 7);
                    gfx.DrawString(text, font, XBrushes.Black, area, alignRight ? XStringFormats.BottomRight : XStringFormats.BottomLeft);
                }
            }
        }

        document.Save(output, false);
    }

    private void DrawFrame(XGraphics gfx, WithholdingSlip slip, bool taxOfficeCopy)
    {
        gfx.DrawString(slip.Layout.Title, _title, XBrushes.Black, new XRect(SlipPdfLayout.Left, 18, SlipPdfLayout.Right - SlipPdfLayout.Left, 20), XStringFormats.Center);
        gfx.DrawString(taxOfficeCopy ? "（税務署提出用）" : "（受給者交付用）", _small, XBrushes.Black,
            new XRect(SlipPdfLayout.Left, 18, SlipPdfLayout.Right - SlipPdfLayout.Left, 20), XStringFormats.CenterRight);
        gfx.DrawRectangle(Frame, SlipPdfLayout.Left, SlipPdfLayout.Top, SlipPdfLayout.Right - SlipPdfLayout.Left, SlipPdfLayout.Bottom - SlipPdfLayout.Top);
        gfx.DrawString("生命保険料の金額の内訳", _label, XBrushes.Black, new XRect(21, 270, 58, 26), XStringFormats.TopLeft);
        gfx.DrawString("住宅借入金等特別控除の額の内訳", _label, XBrushes.Black, new XRect(21, 298, 58, 26), XStringFormats.TopLeft);
    }

    private void DrawRemarks(XGraphics gfx, SlipBox box, IReadOnlyList<string> lines)
    {
        const double lineHeight = 8;
        var y = box.Y + 7;
        foreach (var line in lines.SelectMany(l => Wrap(gfx, l, box.Width - 4)))
        {
            if (y + lineHeight > box.Y + box.Height)
            {
                break;
            }

            gfx.DrawString(line, _small, XBrushes.Black, new XRect(box.X + 2, y, box.Width - 4, lineHeight), XStringFormats.TopLeft);
            y += lineHeight;
        }
    }

    private IEnumerable<string> Wrap(XGraphics gfx, string text, double width)
    {
        var start = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            if (gfx.MeasureString(text[start..end], _small).Width > width)
            {
                yield return text[start..(end - 1)];
                start = end - 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    // Box key → printed text; amounts right-aligned.
    private sealed class SlipBoxValues(WithholdingSlip slip, SlipMyNumbers? numbers, bool taxOfficeCopy)
    {
        public (string? Text, bool AlignRight) For(string key) => key switch
        {
            "Address" => (slip.Recipient.Address, false),
            "EmployeeNumber" => (slip.Recipient.EmployeeNumber, false),
            "MyNumber" => (numbers?.Recipient, false),
            "Title" => (slip.Recipient.Title, false),
            "NameKana" => (slip.Recipient.NameKana, false),
            "Name" => (slip.Recipient.Name, false),
            "Kind" => (slip.PaymentKind, false),
            "PaymentAmount" => (Always(slip.PaymentAmount), true),
            "EmploymentIncome" => (Yen(slip.EmploymentIncomeAfterDeduction), true),
            "TotalDeductions" => (Yen(slip.TotalDeductions), true),
            "WithholdingTax" => (Always(slip.WithholdingTax), true),
            "SpouseFlags" => (SpouseFlags(), false),
            "SpouseDeduction" => (Yen(slip.SpouseDeduction), true),
            "SpecificCount" => (Count(slip.Counts.Specific), true),
            "ElderlyCount" => (WithInner(slip.Counts.ElderlyCohabitingParents, Count(slip.Counts.Elderly)), true),
            "OtherCount" => (Count(slip.Counts.Other), true),
            "SpecificRelativeCount" => (Count(slip.Counts.SpecificRelatives), true),
            "YoungCount" => (Count(slip.Counts.Young), true),
            "SpeciallyDisabledCount" => (WithInner(slip.Counts.SpeciallyDisabledCohabiting, Count(slip.Counts.SpeciallyDisabled)), true),
            "OtherDisabledCount" => (Count(slip.Counts.OtherDisabled), true),
            "NonResidentCount" => (Count(slip.Counts.NonResidentRelatives), true),
            "SocialInsurance" => (WithInner(slip.SmallEnterpriseMutualAid, Yen(slip.SocialInsurance)), true),
            "LifeInsuranceDeduction" => (Yen(slip.LifeInsuranceDeduction), true),
            "EarthquakeDeduction" => (Yen(slip.EarthquakeInsuranceDeduction), true),
            "HousingLoanCredit" => (Yen(slip.HousingLoanCredit), true),
            "LifeNewGeneral" => (Yen(slip.LifePremiums.NewGeneral), true),
            "LifeOldGeneral" => (Yen(slip.LifePremiums.OldGeneral), true),
            "LifeCareMedical" => (Yen(slip.LifePremiums.CareMedical), true),
            "LifeNewPension" => (Yen(slip.LifePremiums.NewPension), true),
            "LifeOldPension" => (Yen(slip.LifePremiums.OldPension), true),
            "HousingCount" => (slip.HousingLoan?.Count.ToString(CultureInfo.InvariantCulture), true),
            "HousingAvailable" => (Yen(slip.HousingLoan?.CreditAvailable), true),
            "HousingStart" => (slip.HousingLoan is { } loan ? EraDate.Of(loan.ResidenceStartDate).ToJapanese() : null, false),
            "HousingCategory" => (slip.HousingLoan?.CategoryLabel, false),
            "HousingBalance" => (Yen(slip.HousingLoan?.YearEndBalance), true),
            "SpouseName" => (slip.Spouse is { } spouse ? PersonText(spouse) : null, false),
            "SpouseMyNumber" => (slip.Spouse is { } s ? numbers?.For(s) : null, false),
            "SpouseIncome" => (Yen(slip.SpouseTotalIncome), true),
            "NationalPension" => (Yen(slip.NationalPensionPremiums), true),
            "OldLongTerm" => (Yen(slip.OldLongTermPremium), true),
            "BasicDeduction" => (Yen(slip.BasicDeduction), true),
            "IncomeAdjustment" => (Yen(slip.IncomeAdjustmentDeduction), true),
            "SpecificRelativeDeduction" => (Yen(slip.SpecificRelativeDeduction), true),
            "Minor" => (Ticked(slip.Ticks.Minor), false),
            "Foreigner" => (Ticked(slip.Ticks.Foreigner), false),
            "DeathRetirement" => (Ticked(slip.Ticks.DeathRetirement), false),
            "Disaster" => (Ticked(slip.Ticks.Disaster), false),
            "SecondaryColumn" => (Ticked(slip.Ticks.SecondaryColumn), false),
            "SelfSpecial" => (Ticked(slip.Ticks.SelfSpeciallyDisabled), false),
            "SelfOther" => (Ticked(slip.Ticks.SelfOtherDisabled), false),
            "Widow" => (Ticked(slip.Ticks.Widow), false),
            "SingleParent" => (Ticked(slip.Ticks.SingleParent), false),
            "WorkingStudent" => (Ticked(slip.Ticks.WorkingStudent), false),
            "Joined" => (Ticked(slip.JoinLeave?.Joined == true), false),
            "Left" => (Ticked(slip.JoinLeave?.Left == true), false),
            "JoinLeaveDate" => (slip.JoinLeave is { } j ? EraDate.Of(j.Date).ToJapanese() : null, false),
            "BirthDate" => (EraDate.Of(slip.Recipient.BirthDate).ToJapanese(), false),

            // 番号法: the corporate number goes on the tax-office copy only (forms-and-formats.md §5.1).
            "PayerNumber" => (taxOfficeCopy ? slip.Payer.CorporateNumber : null, false),
            "PayerAddress" => (slip.Payer.Address, false),
            "PayerName" => (slip.Payer.Name, false),
            "PayerPhone" => (slip.Payer.Phone, false),
            _ => Person(key),
        };

        // 摘要: the payer-independent remarks, then the 5th and later persons (with their number on the tax-office copy).
        public IReadOnlyList<string> RemarkLines()
        {
            var lines = new List<string>(slip.Remarks);
            if (slip.OverflowDependants.Count > 0)
            {
                lines.Add("控除対象扶養親族 " + string.Join("、", slip.OverflowDependants.Select(NumberedName)));
            }

            if (slip.OverflowYoungDependants.Count > 0)
            {
                lines.Add("16歳未満の扶養親族 " + string.Join("、", slip.OverflowYoungDependants.Select(NumberedName)));
            }

            return lines;
        }

        private (string? Text, bool AlignRight) Person(string key)
        {
            var young = key.StartsWith("Young", StringComparison.Ordinal);
            var rest = key[(young ? "Young".Length : "Dependant".Length)..];
            var wantsNumber = rest.EndsWith("MyNumber", StringComparison.Ordinal);
            var index = int.Parse(wantsNumber ? rest[..^"MyNumber".Length] : rest, CultureInfo.InvariantCulture) - 1;
            var list = young ? slip.YoungDependants : slip.Dependants;
            if (index >= list.Count)
            {
                return (null, false);
            }

            return wantsNumber ? (numbers?.For(list[index]), false) : (PersonText(list[index]), false);
        }

        private static string PersonText(SlipPerson person)
        {
            var text = $"{person.Name}（{person.NameKana}）";
            if (person.IsNonResident)
            {
                text += " 非居住者";
            }

            return person.Kind == SlipPersonKind.SpecificRelative ? text + " 特定親族" : text;
        }

        private string NumberedName(SlipPerson person) =>
            numbers?.For(person) is { } number ? $"({number}){person.Name}" : person.Name;

        private string? SpouseFlags()
        {
            if (!slip.SpouseFlags.Has)
            {
                return null;
            }

            return slip.SpouseFlags.Elderly ? "有 老人" : "有";
        }

        private static string? WithInner(long? inner, string? total) =>
            total is null ? null : inner is > 0 ? $"内{inner.Value.ToString("#,0", CultureInfo.InvariantCulture)} {total}" : total;

        private static string? Yen(long? amount) =>
            amount is { } value and not 0 ? value.ToString("#,0", CultureInfo.InvariantCulture) : null;

        // 支払金額 and 源泉徴収税額 are printed even when zero (a fully absorbed tax shows 0, not a blank).
        private static string Always(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture);

        private static string? Count(int count) => count > 0 ? count.ToString(CultureInfo.InvariantCulture) : null;

        private static string? Ticked(bool ticked) => ticked ? Tick : null;
    }
}
